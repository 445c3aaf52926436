#include "client/offlinecache.h"

#include "util/paths.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <sodium.h>

#include <type_traits>

namespace nasti {

namespace {

constexpr char kMagic[] = "NASTIOC1";
constexpr int kMagicLen = 8;
constexpr qint32 kFormat = 1; // the layout of the sealed records below

// One list of fields per type, used both to write and to read it.
template<class S> void fields(S &s, FileSummary &f)
{
    s(f.id, f.fileNo, f.subject, f.sectionCode, f.priority, f.grading, f.status, f.holderPostId,
      f.holderPostCode, f.holderTitleEn, f.holderTitleHi, f.holderSince, f.fromPostCode, f.fromTitleEn,
      f.fromTitleHi, f.actionAsked, f.movementDue, f.dueDate, f.remarks, f.unread, f.daysPending,
      f.workingDaysPending, f.timeLimitDays, f.overdue, f.version, f.createdAt, f.approvedAt, f.sortKey);
}
template<class S> void fields(S &s, NoteView &n)
{
    s(n.id, n.kind, n.authorName, n.designation, n.authorPostCode, n.body, n.contentHash, n.authorPostId,
      n.createdAt, n.updatedAt, n.frozenAt, n.paraStart, n.paraCount, n.signature, n.signedAt);
}
template<class S> void fields(S &s, MovementView &m)
{
    s(m.id, m.kind, m.fromCode, m.fromTitleEn, m.fromTitleHi, m.toCode, m.toTitleEn, m.toTitleHi, m.byLogin,
      m.byName, m.remarks, m.dueDate, m.action, m.priority, m.sentAt);
}
template<class S> void fields(S &s, PaperView &p)
{
    s(p.position, p.frNumber, p.firstPage, p.pageCount, p.flag, p.receiptId, p.diaryNo, p.subject, p.sender,
      p.letterNo, p.letterDate, p.attachmentSha256, p.fileName);
}
template<class S> void fields(S &s, LinkView &l)
{
    s(l.fileId, l.fileNo, l.subject);
}
template<class S> void fields(S &s, Addressee &a)
{
    s(a.name, a.address, a.mode, a.section);
}
template<class S> void fields(S &s, DraftVersionView &v)
{
    s(v.id, v.version, v.subject, v.reference, v.bodyHtml, v.pdfSha256, v.addressees, v.copyTo, v.authorName,
      v.designation, v.authorPostCode, v.authorPostId, v.createdAt, v.approvedAt, v.approverName,
      v.approverDesignation, v.approverPostCode);
}
template<class S> void fields(S &s, DraftView &d)
{
    s(d.id, d.number, d.kind, d.language, d.createdByPostCode, d.createdAt, d.versions, d.dispatchNo,
      d.issuedPdfSha256, d.issuedAt);
}
template<class S> void fields(S &s, CallView &c)
{
    s(c.id, c.fileId, c.kind, c.fileNo, c.subject, c.grading, c.byPostCode, c.holderCode, c.holderTitleEn,
      c.holderTitleHi, c.direction, c.answer, c.dueDate, c.createdAt, c.holderSince, c.answeredAt, c.endedAt,
      c.daysLate);
}
template<class S> void fields(S &s, FileDetail &d)
{
    s(d.summary, d.head, d.createdPostCode, d.retention, d.delayReason, d.createdPostId, d.approvedAt,
      d.closedAt, d.openedAt, d.sentByPostId, d.sectionId, d.reviewYear, d.notes, d.movements, d.papers,
      d.links, d.drafts, d.calls, d.parkedUntil, d.category, d.referenceNo);
}
template<class S> void fields(S &s, ForwardRequest &r)
{
    s(r.fileNo, r.target, r.toPostCode, r.action, r.remarks, r.dueDate, r.priority, r.expectedVersion);
}
template<class S> void fields(S &s, QueuedMove &m)
{
    s(m.key, m.request, m.note, m.savedNote, m.subject, m.kind, m.queuedAt);
}

template<class T> struct IsList : std::false_type
{
};
template<class T> struct IsList<QList<T>> : std::true_type
{
};
template<class T> struct IsOptional : std::false_type
{
};
template<class T> struct IsOptional<std::optional<T>> : std::true_type
{
};

struct Writer
{
    QDataStream &d;
    template<class... A> void operator()(A &...a) { (put(a), ...); }
    template<class T> void put(T &v)
    {
        if constexpr (std::is_enum_v<T>)
            d << qint32(v);
        else if constexpr (IsList<T>::value) {
            d << qint32(v.size());
            for (auto &x : v)
                put(x);
        } else if constexpr (IsOptional<T>::value) {
            d << bool(v.has_value());
            if (v)
                put(*v);
        } else if constexpr (requires(Writer & w) { fields(w, v); })
            fields(*this, v);
        else
            d << v;
    }
};

struct Reader
{
    QDataStream &d;
    template<class... A> void operator()(A &...a) { (get(a), ...); }
    template<class T> void get(T &v)
    {
        if constexpr (std::is_enum_v<T>) {
            qint32 n = 0;
            d >> n;
            v = static_cast<T>(n);
        } else if constexpr (IsList<T>::value) {
            qint32 n = 0;
            d >> n;
            v.clear();
            // A damaged record must not make us allocate without bound.
            if (n < 0 || n > 1000000) {
                d.setStatus(QDataStream::ReadCorruptData);
                return;
            }
            for (qint32 i = 0; i < n && d.status() == QDataStream::Ok; ++i) {
                typename T::value_type x{};
                get(x);
                v.append(std::move(x));
            }
        } else if constexpr (IsOptional<T>::value) {
            bool has = false;
            d >> has;
            v.reset();
            if (has) {
                typename T::value_type x{};
                get(x);
                v = std::move(x);
            }
        } else if constexpr (requires(Reader & r) { fields(r, v); })
            fields(*this, v);
        else
            d >> v;
    }
};

template<class T> QByteArray encode(qint64 asOf, T value)
{
    QByteArray out;
    QDataStream d(&out, QIODevice::WriteOnly);
    d.setVersion(QDataStream::Qt_6_4);
    d << kFormat << asOf;
    Writer{d}.put(value);
    return out;
}

template<class T> std::optional<T> decode(const QByteArray &bytes, qint64 *asOf)
{
    QDataStream d(bytes);
    d.setVersion(QDataStream::Qt_6_4);
    qint32 format = 0;
    qint64 at = 0;
    d >> format >> at;
    if (format != kFormat)
        return std::nullopt;
    T value{};
    Reader{d}.get(value);
    if (d.status() != QDataStream::Ok)
        return std::nullopt;
    if (asOf)
        *asOf = at;
    return value;
}

qint64 keepMs(const OfflineSettings &s)
{
    return qint64(qMax(0, s.keepDays)) * 24 * 3600 * 1000;
}

} // namespace

QByteArray OfflineCache::newKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (sodium_init() < 0)
        return {};
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

OfflineCache::OfflineCache(QByteArray key, OfflineSettings settings, const QString &server,
                           const QString &login, const QString &dir)
    : m_key(std::move(key)), m_settings(settings)
{
    static_assert(kKeyBytes == crypto_secretbox_KEYBYTES);
    if (sodium_init() < 0)
        m_settings.enabled = false; // no safe randomness: nothing is written
    Q_ASSERT(m_key.size() == kKeyBytes);
    // The directory's name says nothing of who or where: a keyed hash of both.
    QByteArray who = (server + QLatin1Char('\n') + login).toUtf8();
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(who.constData()),
                       static_cast<unsigned long long>(who.size()),
                       reinterpret_cast<const unsigned char *>(m_key.constData()), m_key.size());
    m_dir = (dir.isEmpty() ? paths::dataDir() + QStringLiteral("/offline") : dir) + QLatin1Char('/') +
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h), sizeof h).toHex());
}

bool OfflineCache::mayCache(Grading grading) const
{
    return m_settings.enabled && static_cast<int>(grading) <= static_cast<int>(m_settings.highestCached);
}

QString OfflineCache::pathOf(const QString &kind, const QString &name) const
{
    const QByteArray n = (kind + QLatin1Char('/') + name).toUtf8();
    unsigned char h[20];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(n.constData()),
                       static_cast<unsigned long long>(n.size()),
                       reinterpret_cast<const unsigned char *>(m_key.constData()), m_key.size());
    return m_dir + QLatin1Char('/') + kind + QLatin1Char('/') +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h), sizeof h).toHex());
}

bool OfflineCache::seal(const QString &path, const QByteArray &plain) const
{
    if (!m_settings.enabled)
        return false;
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return false;
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray out(kMagicLen + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                   Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    memcpy(p, kMagic, kMagicLen);
    unsigned char *nonce = p + kMagicLen;
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(out);
    return file.commit();
}

std::optional<QByteArray> OfflineCache::open(const QString &path) const
{
    if (!m_settings.enabled)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray in = file.readAll();
    const qsizetype head = kMagicLen + crypto_secretbox_NONCEBYTES;
    if (in.size() < head + crypto_secretbox_MACBYTES || memcmp(in.constData(), kMagic, kMagicLen) != 0)
        return std::nullopt;
    QByteArray plain(in.size() - head - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const auto *p = reinterpret_cast<const unsigned char *>(in.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), p + head,
                                   static_cast<unsigned long long>(in.size() - head), p + kMagicLen,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return std::nullopt; // another key, or altered
    return plain;
}

bool OfflineCache::storeInbox(const QList<FileSummary> &rows, qint64 asOf) const
{
    QList<FileSummary> kept;
    for (const FileSummary &f : rows)
        if (mayCache(f.grading))
            kept << f;
    return seal(pathOf(QStringLiteral("lists"), QStringLiteral("inbox")), encode(asOf, kept));
}

std::optional<OfflineCache::Inbox> OfflineCache::inbox(qint64 nowMs) const
{
    const auto bytes = open(pathOf(QStringLiteral("lists"), QStringLiteral("inbox")));
    if (!bytes)
        return std::nullopt;
    Inbox out;
    auto rows = decode<QList<FileSummary>>(*bytes, &out.asOf);
    if (!rows || nowMs - out.asOf > keepMs(m_settings))
        return std::nullopt;
    out.rows = std::move(*rows);
    return out;
}

bool OfflineCache::storeFile(const FileDetail &detail, qint64 asOf) const
{
    if (!mayCache(detail.summary.grading))
        return false;
    FileDetail copy = detail;
    copy.offlineAsOf = 0;
    return seal(pathOf(QStringLiteral("files"), detail.summary.fileNo), encode(asOf, copy));
}

std::optional<FileDetail> OfflineCache::file(const QString &fileNo, qint64 nowMs) const
{
    const auto bytes = open(pathOf(QStringLiteral("files"), fileNo));
    if (!bytes)
        return std::nullopt;
    qint64 asOf = 0;
    auto detail = decode<FileDetail>(*bytes, &asOf);
    if (!detail || detail->summary.fileNo != fileNo || nowMs - asOf > keepMs(m_settings) ||
        !mayCache(detail->summary.grading))
        return std::nullopt;
    detail->offlineAsOf = qMax<qint64>(asOf, 1);
    return detail;
}

bool OfflineCache::storePaper(const QString &sha256, const QByteArray &bytes) const
{
    return seal(pathOf(QStringLiteral("papers"), sha256), encode(0, bytes));
}

bool OfflineCache::hasPaper(const QString &sha256) const
{
    return QFile::exists(pathOf(QStringLiteral("papers"), sha256));
}

std::optional<QByteArray> OfflineCache::paper(const QString &sha256) const
{
    const auto bytes = open(pathOf(QStringLiteral("papers"), sha256));
    if (!bytes)
        return std::nullopt;
    return decode<QByteArray>(*bytes, nullptr);
}

bool OfflineCache::writeQueue(const QList<QueuedMove> &moves) const
{
    const QString path = pathOf(QStringLiteral("lists"), QStringLiteral("queue"));
    if (moves.isEmpty()) {
        QFile::remove(path);
        return true;
    }
    return seal(path, encode(0, moves));
}

bool OfflineCache::enqueue(const QueuedMove &move) const
{
    QList<QueuedMove> moves = queue();
    moves << move;
    return writeQueue(moves);
}

QList<QueuedMove> OfflineCache::queue() const
{
    const auto bytes = open(pathOf(QStringLiteral("lists"), QStringLiteral("queue")));
    if (!bytes)
        return {};
    return decode<QList<QueuedMove>>(*bytes, nullptr).value_or(QList<QueuedMove>{});
}

void OfflineCache::dequeue(const QString &key) const
{
    QList<QueuedMove> moves = queue();
    moves.removeIf([&](const QueuedMove &m) { return m.key == key; });
    writeQueue(moves);
}

std::optional<QueuedMove> OfflineCache::queuedFor(const QString &fileNo) const
{
    for (const QueuedMove &m : queue())
        if (m.request.fileNo == fileNo)
            return m;
    return std::nullopt;
}

void OfflineCache::prune(qint64 nowMs, const QSet<QString> &keepFiles) const
{
    // Papers are kept while a kept file names them; every other record goes.
    QSet<QString> keptFiles, keptPapers;
    for (const QString &no : keepFiles) {
        if (auto d = file(no, nowMs)) {
            keptFiles.insert(pathOf(QStringLiteral("files"), no));
            for (const PaperView &p : std::as_const(d->papers))
                keptPapers.insert(pathOf(QStringLiteral("papers"), p.attachmentSha256));
            for (const DraftView &dr : std::as_const(d->drafts))
                if (!dr.issuedPdfSha256.isEmpty())
                    keptPapers.insert(pathOf(QStringLiteral("papers"), dr.issuedPdfSha256));
        }
    }
    for (const QueuedMove &q : queue())
        keptFiles.insert(
            pathOf(QStringLiteral("files"), q.request.fileNo)); // kept until its move is replayed
    auto sweep = [](const QString &dir, const QSet<QString> &keep) {
        const QDir d(dir);
        for (const QString &name : d.entryList(QDir::Files)) {
            const QString path = d.filePath(name);
            if (!keep.contains(path))
                QFile::remove(path);
        }
    };
    sweep(m_dir + QStringLiteral("/files"), keptFiles);
    sweep(m_dir + QStringLiteral("/papers"), keptPapers);
    if (!inbox(nowMs))
        QFile::remove(pathOf(QStringLiteral("lists"), QStringLiteral("inbox")));
}

void OfflineCache::clear() const
{
    QDir(m_dir).removeRecursively();
}

} // namespace nasti
