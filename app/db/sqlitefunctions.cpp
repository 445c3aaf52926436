#include "db/sqlitefunctions.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace nasti::sqlitefunctions {

namespace {
void resultHex(sqlite3_context *ctx, const QByteArray &data)
{
    const QByteArray hex = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

// SHA-256 of a text's UTF-8 bytes or of a blob, as lower-case hex.
void sha256(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const void *bytes = sqlite3_value_type(argv[0]) == SQLITE_BLOB
                            ? sqlite3_value_blob(argv[0])
                            : static_cast<const void *>(sqlite3_value_text(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]);
    resultHex(ctx, QByteArray(static_cast<const char *>(bytes), n));
}

// EventLog::rowHash(): the table name and the columns joined by U+001F, NULL as U+2400.
void rowHash(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    QByteArray text;
    for (int i = 0; i < argc; ++i) {
        if (i > 0)
            text.append('\x1f');
        switch (sqlite3_value_type(argv[i])) {
        case SQLITE_NULL:
            text.append("\xe2\x90\x80");
            break;
        case SQLITE_INTEGER:
            text.append(QByteArray::number(static_cast<qint64>(sqlite3_value_int64(argv[i]))));
            break;
        case SQLITE_FLOAT:
            text.append(QVariant(sqlite3_value_double(argv[i])).toString().toUtf8());
            break;
        default:
            text.append(reinterpret_cast<const char *>(sqlite3_value_text(argv[i])),
                        sqlite3_value_bytes(argv[i]));
        }
    }
    resultHex(ctx, text);
}

void actor(sqlite3_context *ctx, int, sqlite3_value **)
{
    const auto *c = static_cast<const ActingContext *>(sqlite3_user_data(ctx));
    const qint64 id = c->userId.load();
    if (id > 0)
        sqlite3_result_int64(ctx, id);
    else
        sqlite3_result_null(ctx);
}

void nowMs(sqlite3_context *ctx, int, sqlite3_value **)
{
    const auto *c = static_cast<const ActingContext *>(sqlite3_user_data(ctx));
    const qint64 now = c->nowMs.load();
    sqlite3_result_int64(ctx, now > 0 ? now : QDateTime::currentMSecsSinceEpoch());
}
} // namespace

bool install(const QSqlDatabase &db, ActingContext *context)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *conn = *static_cast<sqlite3 *const *>(handle.data());
    if (!conn)
        return false;
    const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(conn, "nasti_sha256", 1, pure, nullptr, sha256, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(conn, "nasti_row_hash", -1, pure, nullptr, rowHash, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(conn, "nasti_actor", 0, SQLITE_UTF8, context, actor, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(conn, "nasti_now_ms", 0, SQLITE_UTF8, context, nowMs, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace nasti::sqlitefunctions
