#include "util/error.h"

namespace nasti {

NastiError::NastiError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{
}

void fail(NastiError::Kind kind, const QString &message)
{
    throw NastiError(kind, message);
}

} // namespace nasti
