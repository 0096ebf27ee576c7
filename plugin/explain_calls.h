/* SPDX-License-Identifier: GPL-2.0-or-later */
/* How a call ended, in words: sipexplain.call.outcome and the calls report. */
#ifndef SIPEXPLAIN_EXPLAIN_CALLS_H
#define SIPEXPLAIN_EXPLAIN_CALLS_H

#include "exchange.h"

const char *sx_explain_outcome_words(wmem_allocator_t *pool, const sx_call_outcome *call);

/* Whether the call failed: what a CI pipeline must fail on. */
gboolean sx_explain_call_failed(const sx_call_outcome *call);

#endif
