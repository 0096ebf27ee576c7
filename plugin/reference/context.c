/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Language-neutral facts of the context tables: which row applies to which
 * code, method and state, and its verdict; the look-alike pairs; the RFC 3398
 * mapping of Q.850 causes; the Warning codes and ranges. The prose is in
 * context_en.c, matched by key.
 *
 * Rows of one code are tried in order and the first whose method and
 * condition hold applies (sx_select_context), so the most specific comes
 * first. Keys read "code.method.condition": "any" names a row for every
 * method placed before the method rows, "other" the rows for the methods
 * not named before them.
 *
 * Verdicts: healthy traffic raises no problem, among it the first digest
 * challenge, a challenge for a stale nonce or for a second realm, the IMS
 * AKA challenge, a 481 to a BYE after the dialog had ended, a 487 to a
 * cancelled INVITE, and the negotiations whose retry the RFCs prescribe
 * (422, 423, 491 glare). Every row that means a failure calls for attention.
 */
#include "context.h"

const sx_context_info sx_contexts[] = {
    /* 200 OK */
    { "200.ACK.any", 200, "ACK", SX_WHEN_ANY, 1 },
    { "200.INVITE.in_dialog", 200, "INVITE", SX_WHEN_IN_DIALOG, 0 },
    { "200.INVITE.cancelled", 200, "INVITE", SX_WHEN_CANCELLED, 0 },
    { "200.INVITE.initial", 200, "INVITE", SX_WHEN_INITIAL, 0 },
    { "200.INVITE.any", 200, "INVITE", SX_WHEN_ANY, 0 },
    { "200.REGISTER.deregister", 200, "REGISTER", SX_WHEN_DEREGISTER, 0 },
    { "200.REGISTER.any", 200, "REGISTER", SX_WHEN_ANY, 0 },
    { "200.SUBSCRIBE.any", 200, "SUBSCRIBE", SX_WHEN_ANY, 0 },
    { "200.NOTIFY.any", 200, "NOTIFY", SX_WHEN_ANY, 0 },
    { "200.BYE.any", 200, "BYE", SX_WHEN_ANY, 0 },
    { "200.CANCEL.any", 200, "CANCEL", SX_WHEN_ANY, 0 },
    { "200.OPTIONS.any", 200, "OPTIONS", SX_WHEN_ANY, 0 },
    { "200.MESSAGE.any", 200, "MESSAGE", SX_WHEN_ANY, 0 },
    { "200.PUBLISH.any", 200, "PUBLISH", SX_WHEN_ANY, 0 },
    { "200.REFER.any", 200, "REFER", SX_WHEN_ANY, 0 },
    { "200.UPDATE.any", 200, "UPDATE", SX_WHEN_ANY, 0 },
    { "200.PRACK.any", 200, "PRACK", SX_WHEN_ANY, 0 },
    { "200.INFO.any", 200, "INFO", SX_WHEN_ANY, 0 },
    { "200.other.any", 200, NULL, SX_WHEN_ANY, 0 },
    /* 202 Accepted */
    { "202.MESSAGE.any", 202, "MESSAGE", SX_WHEN_ANY, 0 },
    { "202.SUBSCRIBE.any", 202, "SUBSCRIBE", SX_WHEN_ANY, 0 },
    { "202.NOTIFY.any", 202, "NOTIFY", SX_WHEN_ANY, 0 },
    { "202.REFER.any", 202, "REFER", SX_WHEN_ANY, 0 },
    { "202.other.any", 202, NULL, SX_WHEN_ANY, 0 },
    /* 401 Unauthorized: the credentials it is about are in Authorization. */
    { "401.CANCEL.any", 401, "CANCEL", SX_WHEN_ANY, 1 },
    { "401.ACK.any", 401, "ACK", SX_WHEN_ANY, 1 },
    { "401.any.stale", 401, NULL, SX_WHEN_STALE, 0 },
    { "401.any.phrase_nonce", 401, NULL, SX_WHEN_PHRASE_NONCE, 0 },
    { "401.any.new_realm", 401, NULL, SX_WHEN_NEW_REALM, 0 },
    { "401.REGISTER.credentials_sent", 401, "REGISTER", SX_WHEN_CREDENTIALS_SENT, 1 },
    { "401.INVITE.credentials_sent", 401, "INVITE", SX_WHEN_CREDENTIALS_SENT, 1 },
    { "401.other.credentials_sent", 401, NULL, SX_WHEN_CREDENTIALS_SENT, 1 },
    { "401.REGISTER.empty_credentials", 401, "REGISTER", SX_WHEN_EMPTY_CREDENTIALS, 0 },
    { "401.REGISTER.no_credentials", 401, "REGISTER", SX_WHEN_NO_CREDENTIALS, 0 },
    { "401.INVITE.no_credentials", 401, "INVITE", SX_WHEN_NO_CREDENTIALS, 0 },
    { "401.other.no_credentials", 401, NULL, SX_WHEN_NO_CREDENTIALS, 0 },
    { "401.other.any", 401, NULL, SX_WHEN_ANY, 0 },
    /* 403 Forbidden: after credentials it refuses them (RFC 3261 §22.1). */
    { "403.any.phrase_auth", 403, NULL, SX_WHEN_PHRASE_AUTH, 1 },
    { "403.any.credentials_sent", 403, NULL, SX_WHEN_CREDENTIALS_SENT, 1 },
    { "403.any.not_seen", 403, NULL, SX_WHEN_NOT_SEEN, 1 },
    { "403.REGISTER.no_credentials", 403, "REGISTER", SX_WHEN_NO_CREDENTIALS, 1 },
    { "403.INVITE.no_credentials", 403, "INVITE", SX_WHEN_NO_CREDENTIALS, 1 },
    { "403.SUBSCRIBE.no_credentials", 403, "SUBSCRIBE", SX_WHEN_NO_CREDENTIALS, 1 },
    { "403.MESSAGE.no_credentials", 403, "MESSAGE", SX_WHEN_NO_CREDENTIALS, 1 },
    { "403.other.any", 403, NULL, SX_WHEN_ANY, 1 },
    /* 404 Not Found */
    { "404.REGISTER.any", 404, "REGISTER", SX_WHEN_ANY, 1 },
    { "404.INVITE.any", 404, "INVITE", SX_WHEN_ANY, 1 },
    { "404.SUBSCRIBE.any", 404, "SUBSCRIBE", SX_WHEN_ANY, 1 },
    { "404.MESSAGE.any", 404, "MESSAGE", SX_WHEN_ANY, 1 },
    { "404.other.any", 404, NULL, SX_WHEN_ANY, 1 },
    /* 405 Method Not Allowed */
    { "405.REGISTER.any", 405, "REGISTER", SX_WHEN_ANY, 1 },
    { "405.SUBSCRIBE.any", 405, "SUBSCRIBE", SX_WHEN_ANY, 1 },
    { "405.PUBLISH.any", 405, "PUBLISH", SX_WHEN_ANY, 1 },
    { "405.UPDATE.any", 405, "UPDATE", SX_WHEN_ANY, 1 },
    { "405.INFO.any", 405, "INFO", SX_WHEN_ANY, 1 },
    { "405.MESSAGE.any", 405, "MESSAGE", SX_WHEN_ANY, 1 },
    { "405.other.any", 405, NULL, SX_WHEN_ANY, 1 },
    /* 407 Proxy Authentication Required: about Proxy-Authorization. */
    { "407.CANCEL.any", 407, "CANCEL", SX_WHEN_ANY, 1 },
    { "407.ACK.any", 407, "ACK", SX_WHEN_ANY, 1 },
    { "407.any.stale", 407, NULL, SX_WHEN_STALE, 0 },
    { "407.any.phrase_nonce", 407, NULL, SX_WHEN_PHRASE_NONCE, 0 },
    { "407.any.new_realm", 407, NULL, SX_WHEN_NEW_REALM, 0 },
    { "407.INVITE.credentials_sent", 407, "INVITE", SX_WHEN_CREDENTIALS_SENT, 1 },
    { "407.other.credentials_sent", 407, NULL, SX_WHEN_CREDENTIALS_SENT, 1 },
    { "407.INVITE.no_credentials", 407, "INVITE", SX_WHEN_NO_CREDENTIALS, 0 },
    { "407.BYE.no_credentials", 407, "BYE", SX_WHEN_NO_CREDENTIALS, 0 },
    { "407.other.no_credentials", 407, NULL, SX_WHEN_NO_CREDENTIALS, 0 },
    { "407.other.any", 407, NULL, SX_WHEN_ANY, 0 },
    /* 408 Request Timeout */
    { "408.INVITE.cancel_unanswered", 408, "INVITE", SX_WHEN_CANCEL_UNANSWERED, 1 },
    { "408.INVITE.cancelled", 408, "INVITE", SX_WHEN_CANCELLED, 1 },
    { "408.INVITE.in_dialog", 408, "INVITE", SX_WHEN_IN_DIALOG, 1 },
    { "408.INVITE.initial", 408, "INVITE", SX_WHEN_INITIAL, 1 },
    { "408.INVITE.any", 408, "INVITE", SX_WHEN_ANY, 1 },
    { "408.REGISTER.any", 408, "REGISTER", SX_WHEN_ANY, 1 },
    { "408.BYE.any", 408, "BYE", SX_WHEN_ANY, 1 },
    { "408.CANCEL.any", 408, "CANCEL", SX_WHEN_ANY, 1 },
    { "408.UPDATE.any", 408, "UPDATE", SX_WHEN_ANY, 1 },
    { "408.other.any", 408, NULL, SX_WHEN_ANY, 1 },
    /* 412 Conditional Request Failed */
    { "412.PUBLISH.any", 412, "PUBLISH", SX_WHEN_ANY, 1 },
    { "412.other.any", 412, NULL, SX_WHEN_ANY, 1 },
    /* 415 Unsupported Media Type */
    { "415.INVITE.any", 415, "INVITE", SX_WHEN_ANY, 1 },
    { "415.MESSAGE.any", 415, "MESSAGE", SX_WHEN_ANY, 1 },
    { "415.INFO.any", 415, "INFO", SX_WHEN_ANY, 1 },
    { "415.other.any", 415, NULL, SX_WHEN_ANY, 1 },
    /* 420 Bad Extension */
    { "420.INVITE.any", 420, "INVITE", SX_WHEN_ANY, 1 },
    { "420.other.any", 420, NULL, SX_WHEN_ANY, 1 },
    /* 422 Session Interval Too Small: a negotiation RFC 4028 resolves by retry. */
    { "422.INVITE.initial", 422, "INVITE", SX_WHEN_INITIAL, 0 },
    { "422.INVITE.in_dialog", 422, "INVITE", SX_WHEN_IN_DIALOG, 0 },
    { "422.INVITE.any", 422, "INVITE", SX_WHEN_ANY, 0 },
    { "422.UPDATE.any", 422, "UPDATE", SX_WHEN_ANY, 0 },
    { "422.other.any", 422, NULL, SX_WHEN_ANY, 1 },
    /* 423 Interval Too Brief: likewise resolved by a retry with Min-Expires. */
    { "423.REGISTER.any", 423, "REGISTER", SX_WHEN_ANY, 0 },
    { "423.SUBSCRIBE.any", 423, "SUBSCRIBE", SX_WHEN_ANY, 0 },
    { "423.PUBLISH.any", 423, "PUBLISH", SX_WHEN_ANY, 0 },
    { "423.other.any", 423, NULL, SX_WHEN_ANY, 1 },
    /* 480 Temporarily Unavailable */
    { "480.any.phrase_dns", 480, NULL, SX_WHEN_PHRASE_DNS, 1 },
    { "480.INVITE.any", 480, "INVITE", SX_WHEN_ANY, 1 },
    { "480.MESSAGE.any", 480, "MESSAGE", SX_WHEN_ANY, 1 },
    { "480.REGISTER.any", 480, "REGISTER", SX_WHEN_ANY, 1 },
    { "480.other.any", 480, NULL, SX_WHEN_ANY, 1 },
    /* 481 Call/Transaction Does Not Exist */
    { "481.ACK.any", 481, "ACK", SX_WHEN_ANY, 1 },
    { "481.BYE.dialog_ended", 481, "BYE", SX_WHEN_DIALOG_ENDED, 0 },
    { "481.BYE.ack_timeout_bye", 481, "BYE", SX_WHEN_ACK_TIMEOUT_BYE, 0 },
    { "481.BYE.any", 481, "BYE", SX_WHEN_ANY, 1 },
    { "481.CANCEL.any", 481, "CANCEL", SX_WHEN_ANY, 1 },
    { "481.INVITE.in_dialog", 481, "INVITE", SX_WHEN_IN_DIALOG, 1 },
    { "481.INVITE.initial", 481, "INVITE", SX_WHEN_INITIAL, 1 },
    { "481.INVITE.any", 481, "INVITE", SX_WHEN_ANY, 1 },
    { "481.NOTIFY.any", 481, "NOTIFY", SX_WHEN_ANY, 1 },
    { "481.PRACK.any", 481, "PRACK", SX_WHEN_ANY, 1 },
    { "481.SUBSCRIBE.any", 481, "SUBSCRIBE", SX_WHEN_ANY, 1 },
    { "481.other.any", 481, NULL, SX_WHEN_ANY, 1 },
    /* 482 Loop Detected, 483 Too Many Hops */
    { "482.other.any", 482, NULL, SX_WHEN_ANY, 1 },
    { "483.other.any", 483, NULL, SX_WHEN_ANY, 1 },
    /* 486 Busy Here */
    { "486.INVITE.any", 486, "INVITE", SX_WHEN_ANY, 1 },
    { "486.other.any", 486, NULL, SX_WHEN_ANY, 1 },
    /* 487 Request Terminated: the answer to a deliberate CANCEL or BYE. */
    { "487.CANCEL.any", 487, "CANCEL", SX_WHEN_ANY, 1 },
    { "487.INVITE.in_dialog", 487, "INVITE", SX_WHEN_IN_DIALOG, 0 },
    { "487.INVITE.cancelled", 487, "INVITE", SX_WHEN_CANCELLED, 0 },
    { "487.INVITE.not_cancelled", 487, "INVITE", SX_WHEN_NOT_CANCELLED, 0 },
    { "487.INVITE.any", 487, "INVITE", SX_WHEN_ANY, 0 },
    { "487.other.any", 487, NULL, SX_WHEN_ANY, 0 },
    /* 488 Not Acceptable Here */
    { "488.INVITE.initial", 488, "INVITE", SX_WHEN_INITIAL, 1 },
    { "488.INVITE.in_dialog", 488, "INVITE", SX_WHEN_IN_DIALOG, 1 },
    { "488.INVITE.any", 488, "INVITE", SX_WHEN_ANY, 1 },
    { "488.UPDATE.any", 488, "UPDATE", SX_WHEN_ANY, 1 },
    { "488.PRACK.any", 488, "PRACK", SX_WHEN_ANY, 1 },
    { "488.REFER.any", 488, "REFER", SX_WHEN_ANY, 1 },
    { "488.NOTIFY.any", 488, "NOTIFY", SX_WHEN_ANY, 1 },
    { "488.other.any", 488, NULL, SX_WHEN_ANY, 1 },
    /* 489 Bad Event */
    { "489.SUBSCRIBE.any", 489, "SUBSCRIBE", SX_WHEN_ANY, 1 },
    { "489.PUBLISH.any", 489, "PUBLISH", SX_WHEN_ANY, 1 },
    { "489.NOTIFY.any", 489, "NOTIFY", SX_WHEN_ANY, 1 },
    { "489.other.any", 489, NULL, SX_WHEN_ANY, 1 },
    /* 491 Request Pending: glare, resolved by the retry timers of §14.1. */
    { "491.INVITE.initial", 491, "INVITE", SX_WHEN_INITIAL, 1 },
    { "491.INVITE.in_dialog", 491, "INVITE", SX_WHEN_IN_DIALOG, 0 },
    { "491.INVITE.any", 491, "INVITE", SX_WHEN_ANY, 0 },
    { "491.UPDATE.any", 491, "UPDATE", SX_WHEN_ANY, 0 },
    { "491.PRACK.any", 491, "PRACK", SX_WHEN_ANY, 0 },
    { "491.other.any", 491, NULL, SX_WHEN_ANY, 1 },
    /* 500 Server Internal Error */
    { "500.any.phrase_order", 500, NULL, SX_WHEN_PHRASE_ORDER, 1 },
    { "500.INVITE.in_dialog", 500, "INVITE", SX_WHEN_IN_DIALOG, 1 },
    { "500.INVITE.initial", 500, "INVITE", SX_WHEN_INITIAL, 1 },
    { "500.INVITE.any", 500, "INVITE", SX_WHEN_ANY, 1 },
    { "500.REGISTER.any", 500, "REGISTER", SX_WHEN_ANY, 1 },
    { "500.UPDATE.any", 500, "UPDATE", SX_WHEN_ANY, 1 },
    { "500.BYE.any", 500, "BYE", SX_WHEN_ANY, 1 },
    { "500.other.any", 500, NULL, SX_WHEN_ANY, 1 },
    /* 501 Not Implemented */
    { "501.SUBSCRIBE.any", 501, "SUBSCRIBE", SX_WHEN_ANY, 1 },
    { "501.REFER.any", 501, "REFER", SX_WHEN_ANY, 1 },
    { "501.UPDATE.any", 501, "UPDATE", SX_WHEN_ANY, 1 },
    { "501.other.any", 501, NULL, SX_WHEN_ANY, 1 },
    /* 503 Service Unavailable */
    { "503.REGISTER.any", 503, "REGISTER", SX_WHEN_ANY, 1 },
    { "503.INVITE.any", 503, "INVITE", SX_WHEN_ANY, 1 },
    { "503.OPTIONS.any", 503, "OPTIONS", SX_WHEN_ANY, 1 },
    { "503.other.any", 503, NULL, SX_WHEN_ANY, 1 },
    /* 504 Server Time-out */
    { "504.INVITE.any", 504, "INVITE", SX_WHEN_ANY, 1 },
    { "504.REGISTER.any", 504, "REGISTER", SX_WHEN_ANY, 1 },
    { "504.UPDATE.any", 504, "UPDATE", SX_WHEN_ANY, 1 },
    { "504.other.any", 504, NULL, SX_WHEN_ANY, 1 },
};

const size_t sx_contexts_count = sizeof sx_contexts / sizeof sx_contexts[0];

const sx_related_info sx_related[] = {
    { 180, 183 },
    { 183, 180 },
    { 200, 202 },
    { 202, 200 },
    { 301, 302 }, { 301, 305 },
    { 302, 301 }, { 302, 305 },
    { 305, 301 }, { 305, 302 },
    { 401, 403 }, { 401, 407 },
    { 403, 401 }, { 403, 407 },
    { 404, 410 }, { 404, 480 }, { 404, 484 }, { 404, 604 },
    { 405, 501 },
    { 407, 401 }, { 407, 403 },
    { 408, 480 }, { 408, 504 },
    { 410, 404 }, { 410, 484 }, { 410, 604 },
    { 415, 488 }, { 415, 606 },
    { 420, 421 },
    { 421, 420 },
    { 422, 423 },
    { 423, 422 },
    { 480, 404 }, { 480, 408 }, { 480, 486 }, { 480, 504 }, { 480, 600 }, { 480, 603 },
    { 480, 607 }, { 480, 608 },
    { 481, 487 },
    { 482, 483 },
    { 483, 482 },
    { 484, 404 }, { 484, 410 }, { 484, 604 },
    { 486, 480 }, { 486, 600 }, { 486, 603 }, { 486, 607 }, { 486, 608 },
    { 487, 481 },
    { 488, 415 }, { 488, 606 },
    { 491, 500 },
    { 500, 491 }, { 500, 502 }, { 500, 503 },
    { 501, 405 },
    { 502, 500 }, { 502, 503 },
    { 503, 500 }, { 503, 502 },
    { 504, 408 }, { 504, 480 },
    { 600, 480 }, { 600, 486 }, { 600, 603 }, { 600, 607 }, { 600, 608 },
    { 603, 480 }, { 603, 486 }, { 603, 600 }, { 603, 607 }, { 603, 608 },
    { 604, 404 }, { 604, 410 }, { 604, 484 },
    { 606, 415 }, { 606, 488 },
    { 607, 480 }, { 607, 486 }, { 607, 600 }, { 607, 603 }, { 607, 608 },
    { 608, 480 }, { 608, 486 }, { 608, 600 }, { 608, 603 }, { 608, 607 },
};

const size_t sx_related_count = sizeof sx_related / sizeof sx_related[0];

/*
 * RFC 3398 §7.2.4.1: the code a gateway sends when ISUP releases with the
 * cause. 0 where the RFC lists none: cause 16 ends a call with BYE or
 * CANCEL, 44 is untranslatable, and for the causes it does not list it
 * only gives 500 as a fallback, which is not counted as a pairing.
 */
const sx_q850_info sx_q850_causes[] = {
    { 1, "Unallocated (unassigned) number", 404, 0 },
    { 2, "No route to specified transit network", 404, 0 },
    { 3, "No route to destination", 404, 0 },
    { 4, "Send special information tone", 0, 0 },
    { 5, "Misdialled trunk prefix", 0, 0 },
    { 6, "Channel unacceptable", 0, 0 },
    { 7, "Call awarded and being delivered in an established channel", 0, 0 },
    { 8, "Preemption", 0, 0 },
    { 9, "Preemption - circuit reserved for reuse", 0, 0 },
    { 14, "QoR: ported number", 0, 0 },
    { 16, "Normal call clearing", 0, 0 },
    { 17, "User busy", 486, 0 },
    { 18, "No user responding", 408, 0 },
    { 19, "No answer from user (user alerted)", 480, 0 },
    { 20, "Subscriber absent", 480, 0 },
    /* (+): 603 when the cause location is the user. */
    { 21, "Call rejected", 403, 603 },
    /* 410 without a diagnostic, 301 with the new number from it. */
    { 22, "Number changed", 410, 301 },
    { 23, "Redirection to new destination", 410, 0 },
    { 24, "Call rejected due to feature at the destination", 0, 0 },
    { 25, "Exchange routing error", 0, 0 },
    { 26, "Non-selected user clearing", 404, 0 },
    { 27, "Destination out of order", 502, 0 },
    { 28, "Invalid number format (address incomplete)", 484, 0 },
    { 29, "Facility rejected", 501, 0 },
    { 30, "Response to STATUS ENQUIRY", 0, 0 },
    { 31, "Normal, unspecified", 480, 0 },
    { 33, "Circuit out of order", 0, 0 },
    { 34, "No circuit/channel available", 503, 0 },
    { 38, "Network out of order", 503, 0 },
    { 39, "Permanent frame mode connection out of service", 0, 0 },
    { 40, "Permanent frame mode connection operational", 0, 0 },
    { 41, "Temporary failure", 503, 0 },
    { 42, "Switching equipment congestion", 503, 0 },
    { 43, "Access information discarded", 0, 0 },
    { 44, "Requested circuit/channel not available", 0, 0 },
    { 46, "Precedence call blocked", 0, 0 },
    { 47, "Resources unavailable, unspecified", 503, 0 },
    { 49, "Quality of service unavailable", 0, 0 },
    { 50, "Requested facility not subscribed", 0, 0 },
    { 53, "Outgoing calls barred within CUG", 0, 0 },
    { 55, "Incoming calls barred within CUG", 403, 0 },
    { 56, "Call waiting not subscribed", 0, 0 },
    { 57, "Bearer capability not authorized", 403, 0 },
    { 58, "Bearer capability not presently available", 503, 0 },
    { 62, "Inconsistent outgoing access and subscriber class", 0, 0 },
    { 63, "Service or option not available, unspecified", 0, 0 },
    { 65, "Bearer capability not implemented", 488, 0 },
    { 66, "Channel type not implemented", 0, 0 },
    { 69, "Requested facility not implemented", 0, 0 },
    { 70, "Only restricted digital bearer capability available", 488, 0 },
    { 79, "Service or option not implemented, unspecified", 501, 0 },
    { 81, "Invalid call reference value", 0, 0 },
    { 82, "Identified channel does not exist", 0, 0 },
    { 83, "Call identity does not exist for suspended call", 0, 0 },
    { 84, "Call identity in use", 0, 0 },
    { 85, "No call suspended", 0, 0 },
    { 86, "Call having the requested call identity has been cleared", 0, 0 },
    { 87, "Called user not member of CUG", 403, 0 },
    { 88, "Incompatible destination", 503, 0 },
    { 90, "Non-existing CUG", 0, 0 },
    { 91, "Invalid transit network selection", 0, 0 },
    { 95, "Invalid message, unspecified", 0, 0 },
    { 96, "Mandatory information element is missing", 0, 0 },
    { 97, "Message type non-existent or not implemented", 0, 0 },
    { 98, "Message not compatible with call state or not implemented", 0, 0 },
    { 99, "Information element nonexistent or not implemented", 0, 0 },
    { 100, "Invalid information element contents", 0, 0 },
    { 101, "Message not compatible with call state", 0, 0 },
    { 102, "Recovery on timer expiry", 504, 0 },
    { 103, "Parameter non-existent or not implemented - passed on", 0, 0 },
    { 110, "Message with unrecognized parameter discarded", 0, 0 },
    { 111, "Protocol error, unspecified", 500, 0 },
    { 127, "Interworking, unspecified", 500, 0 },
};

const size_t sx_q850_causes_count = sizeof sx_q850_causes / sizeof sx_q850_causes[0];

/*
 * RFC 3398 §8.2.6.1, the cause a gateway puts in the ISUP release for a
 * 4xx-6xx. The codes it does not list map to 31 (Normal, unspecified);
 * 487 and 488/606 are in sx_q850_unmapped_codes below.
 */
const sx_sip_to_q850_info sx_sip_to_q850[] = {
    { 400, 41 },
    { 401, 21 },
    { 402, 21 },
    { 403, 21 },
    { 404, 1 },
    { 405, 63 },
    { 406, 79 },
    { 407, 21 },
    { 408, 102 },
    { 410, 22 },
    { 413, 127 },
    { 414, 127 },
    { 415, 79 },
    { 416, 127 },
    { 420, 127 },
    { 421, 127 },
    { 423, 127 },
    { 480, 18 },
    { 481, 41 },
    { 482, 25 },
    { 483, 25 },
    { 484, 28 },
    { 485, 1 },
    { 486, 17 },
    { 500, 41 },
    { 501, 79 },
    { 502, 38 },
    { 503, 41 },
    { 504, 102 },
    { 505, 127 },
    { 513, 127 },
    { 600, 17 },
    { 603, 21 },
    { 604, 1 },
};

const size_t sx_sip_to_q850_count = sizeof sx_sip_to_q850 / sizeof sx_sip_to_q850[0];

/* 487: "no mapping"; 488 and 606: "by Warning header" (31 by default, 65 for bearer). */
const uint16_t sx_q850_unmapped_codes[] = { 487, 488, 606 };
const size_t sx_q850_unmapped_codes_count =
    sizeof sx_q850_unmapped_codes / sizeof sx_q850_unmapped_codes[0];

/* The IANA warn-code registry: RFC 3261 §20.43, RFC 5630 §5.3, RFC 8373 §5.2. */
const sx_warning_info sx_warnings[] = {
    { 300, "Incompatible network protocol" },
    { 301, "Incompatible network address formats" },
    { 302, "Incompatible transport protocol" },
    { 303, "Incompatible bandwidth units" },
    { 304, "Media type not available" },
    { 305, "Incompatible media format" },
    { 306, "Attribute not understood" },
    { 307, "Session description parameter not understood" },
    { 308, "Incompatible language specification" },
    { 330, "Multicast not available" },
    { 331, "Unicast not available" },
    { 370, "Insufficient bandwidth" },
    { 380, "SIPS Not Allowed" },
    { 381, "SIPS Required" },
    { 399, "Miscellaneous warning" },
};

const size_t sx_warnings_count = sizeof sx_warnings / sizeof sx_warnings[0];

/* RFC 3261 §20.43: 340-369 and 380-389 belong to no range (380, 381 are registered). */
const sx_warning_range_info sx_warning_ranges[] = {
    { 300, 329 },
    { 330, 339 },
    { 370, 379 },
    { 390, 399 },
};

const size_t sx_warning_ranges_count = sizeof sx_warning_ranges / sizeof sx_warning_ranges[0];
