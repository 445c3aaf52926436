#include "mainwindow.h"

#include <QLabel>

namespace nasti {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Nasti"));
    setCentralWidget(new QLabel(tr("Nasti"), this));
}

} // namespace nasti
