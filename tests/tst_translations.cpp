// The translation catalogues: Hindi and English complete, placeholders and
// accelerators kept, Hindi really in Devanagari, and the compiled catalogues
// (ours and the Hindi one for Qt's own dialogs) reachable in the resources.
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "util/translator.h"
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList forms; // the translation, or one entry per numerus form
};

QString tsPath(const QString &name)
{
    return QStringLiteral(NASTI_SOURCE_DIR "/translations/") + name;
}

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS")
            continue;
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != u"message") {
                xml.skipCurrentElement();
                continue;
            }
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s at line %lld", qPrintable(path), qPrintable(xml.errorString()), xml.lineNumber());
    return out;
}

// %1..%99, %L1, %n, %Ln: each must survive translation, and nothing new may appear.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%L?(?:\\d{1,2}|n)"_s);
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

// "&Save" has an accelerator, "&&" and "A & B" have none.
bool hasAccelerator(QString s)
{
    static const QRegularExpression re(u"&[^&\\s]"_s);
    return s.remove(u"&&"_s).contains(re);
}

// Text that needs no Devanagari: nothing but placeholders, digits, punctuation
// and codes written in capitals ("%1 / %2", "PDF", "GAD-1").
bool needsDevanagari(QString s)
{
    static const QRegularExpression ph(u"%L?(?:\\d{1,2}|n)|<[^>]*>|&(?=[^&\\s])"_s);
    static const QRegularExpression codes(u"\\b[A-Z0-9][A-Z0-9_.\\-]*\\b"_s);
    s.remove(ph);
    s.remove(codes);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    return s.contains(latin);
}

bool hasDevanagari(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    return false;
}

QString where(const Message &m)
{
    QString src = m.source;
    src.replace(u'\n', u"\\n"_s);
    if (src.size() > 70)
        src = src.left(67) + u"..."_s;
    return m.context + u" | "_s + src;
}

QStringList problems(const QList<Message> &messages, bool hindi)
{
    QStringList out;
    for (const Message &m : messages) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        if (m.type == u"unfinished") {
            out << u"unfinished: "_s + where(m);
            continue;
        }
        if (m.forms.isEmpty() || m.forms.contains(QString()))
            out << u"empty: "_s + where(m);
        const QStringList want = placeholders(m.source);
        for (const QString &t : m.forms) {
            if (t.isEmpty())
                continue;
            if (placeholders(t) != want)
                out << u"placeholders %1 became %2: "_s.arg(want.join(u' '), placeholders(t).join(u' ')) +
                           where(m);
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                out << u"accelerator lost: "_s + where(m);
            if (hindi && needsDevanagari(m.source) && !hasDevanagari(t))
                out << u"no Devanagari: "_s + where(m);
        }
    }
    return out;
}

QString report(const QStringList &list)
{
    QStringList shown = list.mid(0, 40);
    if (list.size() > shown.size())
        shown << u"... and %1 more"_s.arg(list.size() - shown.size());
    return u"\n"_s + shown.join(u'\n');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void fallbackBySourceTextCoversContextMismatches()
    {
        // lupdate files calls in nasti::notesheet; the printer asks for nasti::NoteSheet.
        nasti::NastiTranslator t;
        QVERIFY(t.loadLanguage(u"hi"_s));
        QCOMPARE(t.translate("nasti::NoteSheet", "NOTE SHEET"), u"नोटशीट"_s);
        QCOMPARE(t.translate("nasti::codes", "Immediate"), u"तत्काल"_s);
        QVERIFY(t.translate("nasti::Nowhere", "no such source text").isEmpty());
    }
    void hindiComplete()
    {
        const QList<Message> messages = readTs(tsPath(u"nasti_hi.ts"_s));
        QVERIFY(messages.size() > 100);
        const QStringList bad = problems(messages, true);
        QVERIFY2(bad.isEmpty(), qPrintable(report(bad)));
    }

    void englishComplete()
    {
        const QList<Message> messages = readTs(tsPath(u"nasti_en.ts"_s));
        QVERIFY(messages.size() > 100);
        const QStringList bad = problems(messages, false);
        QVERIFY2(bad.isEmpty(), qPrintable(report(bad)));
    }

    // Both files come from the same lupdate run: the same messages, in the same order.
    void sameMessages()
    {
        const QList<Message> hi = readTs(tsPath(u"nasti_hi.ts"_s));
        const QList<Message> en = readTs(tsPath(u"nasti_en.ts"_s));
        QCOMPARE(hi.size(), en.size());
        for (qsizetype i = 0; i < hi.size(); ++i) {
            QCOMPARE(hi[i].context, en[i].context);
            QCOMPARE(hi[i].source, en[i].source);
        }
    }

    void checksCatchMistakes()
    {
        Message m{u"ctx"_s, u"File %1 is with %L2 (&Save)"_s, {}, {}, false, {u"नस्ती %1 (&S)"_s}};
        QCOMPARE(problems({m}, true).size(), 1); // %L2 lost
        m.forms = {u"File %1 is with %L2 (&S)"_s};
        QCOMPARE(problems({m}, true).size(), 1); // English left in the Hindi file
        m.forms = {u"नस्ती %1, %L2 (सहेजें)"_s};
        QCOMPARE(problems({m}, true).size(), 1); // accelerator lost
        m.forms = {u"नस्ती %1 %L2 के पास है (सहेजें(&S))"_s};
        QVERIFY(problems({m}, true).isEmpty());
        QVERIFY(!needsDevanagari(u"%1 / %2"_s));
        QVERIFY(!needsDevanagari(u"PDF"_s));
        QVERIFY(needsDevanagari(u"%n page(s)"_s));
        m.type = u"unfinished"_s;
        QCOMPARE(problems({m}, false).size(), 1);
    }

    void hindiCatalogueLoads()
    {
        QTranslator t;
        QVERIFY(t.load(u":/i18n/nasti_hi.qm"_s));
        QCOMPARE(t.translate("nasti::codes", "Immediate"), u"तत्काल"_s);
        QCOMPARE(t.translate("nasti::codes", "Confidential"), u"गोपनीय"_s);
        QCOMPARE(t.language(), u"hi_IN"_s);
    }

    void englishCatalogueLoads()
    {
        QTranslator t;
        QVERIFY(t.load(u":/i18n/nasti_en.qm"_s));
        QCOMPARE(t.translate("nasti::codes", "Immediate"), u"Immediate"_s);
    }

    void qtCatalogueLoads()
    {
        QTranslator t;
        QVERIFY(t.load(u":/i18n/qt_hi.qm"_s));
        QCOMPARE(t.translate("QPlatformTheme", "Cancel"), u"रद्द करें"_s);
        QCOMPARE(t.translate("QPlatformTheme", "&Yes"), u"हाँ(&Y)"_s);
        QCOMPARE(t.translate("QPrintPreviewDialog", "Print Preview"), u"मुद्रण पूर्वावलोकन"_s);
    }

    void qtCatalogueComplete()
    {
        const QList<Message> messages = readTs(tsPath(u"qt_hi.ts"_s));
        QVERIFY(messages.size() > 100);
        QStringList bad;
        for (const QString &p : problems(messages, false))
            bad << p;
        QVERIFY2(bad.isEmpty(), qPrintable(report(bad)));
    }

    // qt_hi.ts only works if its sources are Qt's own, letter for letter: every
    // message must be one that Qt's German catalogue also translates.
    void qtCatalogueMatchesQt()
    {
        const QString de = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        if (!QFile::exists(de))
            QSKIP("qt6-translations-l10n is not installed");
        QTranslator qt;
        QVERIFY(qt.load(de));
        QStringList unknown;
        for (const Message &m : readTs(tsPath(u"qt_hi.ts"_s))) {
            const QByteArray comment = m.comment.toUtf8();
            if (qt.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                             m.comment.isEmpty() ? nullptr : comment.constData())
                    .isEmpty())
                unknown << where(m);
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(u"not Qt 6 source texts:"_s + report(unknown)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
