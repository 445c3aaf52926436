// nasti: the desktop client.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nasti::MainWindow window;
    window.show();
    return app.exec();
}
