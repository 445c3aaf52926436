#include "letters/versiondiff.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>

#include <dtl/dtl.hpp>

#include <vector>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::VersionDiff", text);
}

// Words and the spaces between them, so the marked text keeps its layout.
std::vector<QString> tokens(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\s+|[^\\s]+"));
    std::vector<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.push_back(it.next().captured(0));
    return out;
}

QString html(const QString &token)
{
    return token.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

using Diff = dtl::Diff<QString, std::vector<QString>>;

Diff run(const QString &older, const QString &newer)
{
    Diff diff(tokens(older), tokens(newer));
    diff.compose();
    return diff;
}
} // namespace

QString VersionDiff::comparableText(const DraftVersionView &v)
{
    QString text = tr("Subject: %1").arg(v.subject) + QLatin1Char('\n');
    for (const Addressee &a : v.addressees)
        text += tr("To: %1").arg(a.display()) + QLatin1Char('\n');
    if (!v.reference.isEmpty())
        text += tr("Reference: %1").arg(v.reference) + QLatin1Char('\n');
    for (const Addressee &a : v.copyTo)
        text += tr("Copy to: %1").arg(a.display()) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (!v.pdfSha256.isEmpty()) {
        text += tr("(Uploaded PDF %1)").arg(v.pdfSha256.left(16));
    } else {
        QTextDocument doc;
        doc.setHtml(v.bodyHtml);
        text += doc.toPlainText();
    }
    return text;
}

VersionDiff VersionDiff::compare(const QString &older, const QString &newer)
{
    VersionDiff out;
    const Diff diff = run(older, newer);
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const QString t = html(token);
        const bool space = token.trimmed().isEmpty();
        switch (info.type) {
        case dtl::SES_COMMON:
            out.olderHtml += t;
            out.newerHtml += t;
            break;
        case dtl::SES_DELETE:
            out.olderHtml +=
                QStringLiteral("<span style=\"background:#fdd; color:#a00; text-decoration:line-through\">") +
                t + QStringLiteral("</span>");
            out.removedWords += space ? 0 : 1;
            break;
        case dtl::SES_ADD:
            out.newerHtml +=
                QStringLiteral("<span style=\"background:#dfd; color:#060; text-decoration:underline\">") +
                t + QStringLiteral("</span>");
            out.addedWords += space ? 0 : 1;
            break;
        }
    }
    return out;
}

QString VersionDiff::unified(const QString &older, const QString &newer)
{
    QString out;
    const Diff diff = run(older, newer);
    int last = dtl::SES_COMMON;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        if (info.type != last) {
            if (last == dtl::SES_DELETE)
                out += QStringLiteral("-]");
            else if (last == dtl::SES_ADD)
                out += QStringLiteral("+}");
            if (info.type == dtl::SES_DELETE)
                out += QStringLiteral("[-");
            else if (info.type == dtl::SES_ADD)
                out += QStringLiteral("{+");
            last = info.type;
        }
        out += token;
    }
    if (last == dtl::SES_DELETE)
        out += QStringLiteral("-]");
    else if (last == dtl::SES_ADD)
        out += QStringLiteral("+}");
    return out;
}

} // namespace nasti
