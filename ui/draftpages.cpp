#include "draftpages.h"

#include "client/clientsession.h"
#include "client/queryworker.h"
#include "services/draftservice.h"
#include "services/fileservice.h"
#include "uiutil.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace nasti {

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *t = ui::named(new QTableWidget(parent), name, accessible);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QString &fileNo = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, fileNo);
    return item;
}
} // namespace

DraftsAwaitingPage::DraftsAwaitingPage(ClientSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("draftsAwaitingPage"));
    m_table = makeTable(this, QStringLiteral("draftsAwaitingTable"), tr("Drafts for approval"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT openFileRequested(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    retranslateUi();
}

void DraftsAwaitingPage::retranslateUi()
{
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Draft"), tr("Version"), tr("Written by"), tr("Since"), tr("Subject of the draft")});
    m_hint->setText(
        tr("Drafts in files you hold whose latest version awaits your approval. Open the file, read "
           "the draft in its Drafts tab, and approve the version (or revise it)."));
    fill();
}

void DraftsAwaitingPage::refresh()
{
    const quint64 generation = ++m_generation;
    const Session session = m_session->session();
    m_session->worker()->post<QList<DraftAwaiting>>(
        this, [session](Database &db) { return DraftQueries(db).awaitingApproval(session); },
        [this, generation](QList<DraftAwaiting> rows) {
            if (generation != m_generation)
                return;
            m_rows = std::move(rows);
            fill();
            Q_EMIT loaded();
        });
}

void DraftsAwaitingPage::fill()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const DraftAwaiting &a = m_rows.at(i);
        m_table->setItem(i, 0, cell(a.fileNo, a.fileNo));
        m_table->setItem(
            i, 1, cell(QStringLiteral("%1 (%2)").arg(a.draft).arg(draftkinds::label(a.kind)), a.fileNo));
        m_table->setItem(i, 2, cell(QString::number(a.version), a.fileNo));
        m_table->setItem(i, 3, cell(QStringLiteral("%1 (%2)").arg(a.authorName, a.authorPostCode), a.fileNo));
        m_table->setItem(i, 4, cell(ui::dateTime(a.versionAt), a.fileNo));
        m_table->setItem(i, 5, cell(a.subject, a.fileNo));
    }
    m_table->resizeColumnsToContents();
}

DispatchRegisterPage::DispatchRegisterPage(ClientSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dispatchPage"));
    m_table = makeTable(this, QStringLiteral("dispatchTable"), tr("Dispatch register"));
    m_search = ui::named(new QLineEdit(this), QStringLiteral("dispatchSearch"), tr("Search the register"));
    m_search->setClearButtonEnabled(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("dispatchExport"));
    m_postage = new QPushButton(this);
    m_postage->setObjectName(QStringLiteral("dispatchPostage"));
    m_postage->setEnabled(false);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_postage);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &DispatchRegisterPage::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT openFileRequested(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_export, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the dispatch register"),
                                         QStringLiteral("dispatch-register.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && exportCsv(path))
            Q_EMIT message(tr("%n register row(s) written to %1.", nullptr, int(m_rows.size())).arg(path));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DispatchRegisterPage::updateButtons);
    connect(m_postage, &QPushButton::clicked, this, [this]() {
        const DispatchRow *r = chosen();
        if (!r)
            return;
        bool ok = false;
        const double rupees = QInputDialog::getDouble(
            this, tr("Postage"), tr("Postage of %1 to %2, in rupees:").arg(r->dispatchNo, r->addressee), 0, 0,
            1000000, 2, &ok);
        if (ok)
            recordPostage(qRound(rupees * 100));
    });
    retranslateUi();
}

const DispatchRow *DispatchRegisterPage::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() && m_table->selectionModel()->hasSelection() ? &m_rows.at(row)
                                                                                        : nullptr;
}

void DispatchRegisterPage::updateButtons()
{
    const DispatchRow *r = chosen();
    m_postage->setEnabled(r && r->mode == QLatin1String("post") && r->postagePaise < 0);
}

void DispatchRegisterPage::recordPostage(int paise)
{
    const DispatchRow *r = chosen();
    if (!r)
        return;
    ActionRequest request;
    request.fileNo = r->fileNo;
    const Clock *clock = &m_session->clock();
    request.run = [no = r->dispatchNo, position = r->position, paise, clock](Database &db, FileService &s) {
        DraftService(db, *clock, s.session()).recordPostage(no, position, paise);
        return ActionResult{tr("Postage of %1 recorded.").arg(no), {}};
    };
    const quint64 id = m_session->perform(std::move(request));
    connect(m_session, &ClientSession::actionFinished, this,
            [this, id](quint64 done, bool ok, const QString &, const QString &text) {
                if (done != id)
                    return;
                if (ok)
                    Q_EMIT message(text);
                else
                    ui::showError(this, tr("Postage not recorded"), text);
                refresh();
            });
}

void DispatchRegisterPage::retranslateUi()
{
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Dispatch no."), tr("Issued"), tr("File"), tr("To"), tr("Sent"),
                                        tr("Received as"), tr("Postage"), tr("Subject")});
    m_search->setPlaceholderText(tr("Dispatch number, file number, subject or addressee"));
    m_export->setText(tr("Export CSV…"));
    m_postage->setText(tr("Record postage…"));
    m_hint->setText(tr("Every letter your sections issued, one row for each addressee and copy. Letters sent "
                       "through Nasti show the diary number they received in the other section's dak."));
    fill();
}

void DispatchRegisterPage::refresh()
{
    const quint64 generation = ++m_generation;
    const Session session = m_session->session();
    const QString text = m_search->text();
    m_session->worker()->post<QList<DispatchRow>>(
        this, [session, text](Database &db) { return DraftQueries(db).dispatchRegister(session, {}, text); },
        [this, generation](QList<DispatchRow> rows) {
            if (generation != m_generation)
                return;
            m_rows = std::move(rows);
            fill();
            Q_EMIT loaded();
        });
}

void DispatchRegisterPage::fill()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const DispatchRow &r = m_rows.at(i);
        const QString to = (r.copy ? tr("Copy: ") : QString()) + r.addressee +
                           (r.address.isEmpty() ? QString() : QStringLiteral(", ") + r.address);
        QString received;
        if (r.mode == QLatin1String("nasti"))
            received = r.diaryNo.isEmpty() ? r.toSectionCode
                                           : QStringLiteral("%1 (%2)").arg(r.diaryNo, r.toSectionCode);
        m_table->setItem(i, 0, cell(r.dispatchNo, r.fileNo));
        m_table->setItem(i, 1, cell(ui::dateTime(r.issuedAt), r.fileNo));
        m_table->setItem(i, 2, cell(r.fileNo, r.fileNo));
        m_table->setItem(i, 3, cell(to, r.fileNo));
        m_table->setItem(i, 4, cell(dispatchmodes::label(r.mode), r.fileNo));
        m_table->setItem(i, 5, cell(received, r.fileNo));
        m_table->setItem(
            i, 6,
            cell(r.postagePaise < 0 ? QString() : QString::number(r.postagePaise / 100.0, 'f', 2), r.fileNo));
        m_table->setItem(i, 7, cell(r.subject, r.fileNo));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool DispatchRegisterPage::exportCsv(const QString &path)
{
    QFile f(path);
    const QByteArray bytes = DraftQueries::registerCsv(m_rows).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        ui::showError(this, tr("Not exported"), tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace nasti
