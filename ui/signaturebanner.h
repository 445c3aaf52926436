#pragma once

#include "services/lettersignatures.h"

#include <QLabel>

namespace nasti {

// A line above a PDF saying what its digital signatures are worth (issue 16): green for
// valid, red for changed after signing, amber for a signer this organisation does not
// certify; hidden for an unsigned paper.
class SignatureBanner : public QLabel
{
    Q_OBJECT
public:
    explicit SignatureBanner(QWidget *parent = nullptr);

    void setStatus(const PaperSignatures &status);
    void clear();
    const PaperSignatures &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PaperSignatures m_status;
};

// A paper's bytes with its signatures' status, as the worker fetches them.
struct CheckedPaper
{
    QByteArray bytes;
    PaperSignatures signatures;
};

} // namespace nasti
