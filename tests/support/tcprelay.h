#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace nasti::test {

// A TCP relay in front of a server, on a thread of its own (the test's thread may block
// on a connection through it): stop() cuts every connection and refuses new ones, as a
// server that went away (or a cable pulled) would; start() listens again on the same
// port, as the server coming back.
class TcpRelay
{
public:
    explicit TcpRelay(quint16 target) : m_pipes(new Pipes(target))
    {
        m_thread.start();
        m_pipes->moveToThread(&m_thread);
    }
    ~TcpRelay()
    {
        QMetaObject::invokeMethod(
            m_pipes, [p = m_pipes]() { delete p; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_pipes, [&]() { ok = m_pipes->start(); }, Qt::BlockingQueuedConnection);
        return ok;
    }
    void stop()
    {
        QMetaObject::invokeMethod(
            m_pipes, [&]() { m_pipes->stop(); }, Qt::BlockingQueuedConnection);
    }
    quint16 port() const { return m_pipes->port; }

private:
    class Pipes : public QObject
    {
    public:
        explicit Pipes(quint16 to) : target(to) {}
        bool start()
        {
            if (!server) {
                server = new QTcpServer(this);
                connect(server, &QTcpServer::newConnection, this, &Pipes::accept);
            }
            if (!server->listen(QHostAddress::LocalHost, port))
                return false;
            port = server->serverPort();
            return true;
        }
        void stop()
        {
            if (server)
                server->close();
            for (const QPointer<QTcpSocket> &s : std::as_const(sockets))
                if (s)
                    s->abort();
            sockets.clear();
        }
        void accept()
        {
            while (QTcpSocket *in = server->nextPendingConnection()) {
                auto *out = new QTcpSocket(this);
                in->setParent(this);
                sockets << in << out;
                auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to]() {
                        if (to->state() == QAbstractSocket::ConnectedState)
                            to->write(from->readAll());
                    });
                    QObject::connect(from, &QTcpSocket::disconnected, to,
                                     [to]() { to->disconnectFromHost(); });
                };
                pipe(in, out);
                pipe(out, in);
                // What the client sent before the server side connected waits in its buffer.
                connect(out, &QTcpSocket::connected, in, [in, out]() { out->write(in->readAll()); });
                out->connectToHost(QHostAddress::LocalHost, target);
            }
        }

        quint16 target, port = 0;
        QTcpServer *server = nullptr;
        QList<QPointer<QTcpSocket>> sockets;
    };

    QThread m_thread;
    Pipes *m_pipes;
};

} // namespace nasti::test
