#include "domain/drafts.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace nasti {

QStringList draftkinds::codes()
{
    return {QStringLiteral("letter"),       QStringLiteral("office_memorandum"), QStringLiteral("order"),
            QStringLiteral("notification"), QStringLiteral("circular"),          QStringLiteral("do_letter"),
            QStringLiteral("cabinet_note")};
}

bool draftkinds::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString draftkinds::label(const QString &code)
{
    if (code == QLatin1String("letter"))
        return QCoreApplication::translate("nasti::Drafts", "Letter");
    if (code == QLatin1String("office_memorandum"))
        return QCoreApplication::translate("nasti::Drafts", "Office Memorandum");
    if (code == QLatin1String("order"))
        return QCoreApplication::translate("nasti::Drafts", "Order");
    if (code == QLatin1String("notification"))
        return QCoreApplication::translate("nasti::Drafts", "Notification");
    if (code == QLatin1String("circular"))
        return QCoreApplication::translate("nasti::Drafts", "Circular");
    if (code == QLatin1String("do_letter"))
        return QCoreApplication::translate("nasti::Drafts", "D.O. Letter");
    if (code == QLatin1String("cabinet_note"))
        return QCoreApplication::translate("nasti::Drafts", "Note for Cabinet");
    return code;
}

QStringList dispatchmodes::codes()
{
    return {QStringLiteral("nasti"), QStringLiteral("email"), QStringLiteral("post"), QStringLiteral("hand")};
}

bool dispatchmodes::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString dispatchmodes::label(const QString &code)
{
    if (code == QLatin1String("nasti"))
        return QCoreApplication::translate("nasti::Drafts", "Through Nasti");
    if (code == QLatin1String("email"))
        return QCoreApplication::translate("nasti::Drafts", "E-mail");
    if (code == QLatin1String("post"))
        return QCoreApplication::translate("nasti::Drafts", "Post");
    if (code == QLatin1String("hand"))
        return QCoreApplication::translate("nasti::Drafts", "By hand");
    return code;
}

QString Addressee::display() const
{
    QString s = name;
    if (!address.isEmpty())
        s += QStringLiteral(", ") + address;
    return s + QStringLiteral(" (") + dispatchmodes::label(mode) + QLatin1Char(')');
}

QJsonArray Addressee::toJson(const QList<Addressee> &list)
{
    QJsonArray a;
    for (const Addressee &x : list) {
        QJsonObject o{{QStringLiteral("name"), x.name},
                      {QStringLiteral("address"), x.address},
                      {QStringLiteral("mode"), x.mode}};
        if (!x.section.isEmpty())
            o.insert(QStringLiteral("section"), x.section);
        a.append(o);
    }
    return a;
}

QList<Addressee> Addressee::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate("nasti::Drafts", "The addressee list is not a JSON array."));
    QList<Addressee> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Addressee x;
        x.name = o.value(QStringLiteral("name")).toString();
        x.address = o.value(QStringLiteral("address")).toString();
        x.mode = o.value(QStringLiteral("mode")).toString();
        x.section = o.value(QStringLiteral("section")).toString();
        out << x;
    }
    return out;
}

Addressee Addressee::parse(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    Addressee x;
    x.name = parts.value(0).trimmed();
    x.address = parts.value(1).trimmed();
    const QString mode = parts.value(2).trimmed().toLower();
    x.mode = mode.isEmpty() ? QStringLiteral("post") : mode;
    x.section = parts.value(3).trimmed();
    if (parts.size() > 4)
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate(
                 "nasti::Drafts", "The addressee “%1” has more than four parts (name|address|mode|section).")
                 .arg(spec));
    return x;
}

} // namespace nasti

namespace nasti {

QString DraftView::title() const
{
    return QCoreApplication::translate("nasti::Drafts", "Draft %1 (%2)")
        .arg(number)
        .arg(draftkinds::label(kind));
}

QString richtext::fromPlainText(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QString html;
    for (const QString &para : text.split(blank)) {
        if (para.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p>") +
                para.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
                QStringLiteral("</p>\n");
    }
    return html;
}

QString richtext::visibleText(const QString &html)
{
    static const QRegularExpression head(QStringLiteral("<(head|style|script)[^>]*>.*?</\\1>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/li|/tr|/h[1-6])[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.remove(head);
    s.replace(breaks, QStringLiteral("\n"));
    s.remove(tags);
    s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s.trimmed();
}

} // namespace nasti
