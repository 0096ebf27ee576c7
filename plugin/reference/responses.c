/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The facts of every code of the IANA registry of SIP response codes, and of
 * each class: language-neutral, shared by every translation of the texts
 * (responses_en.c). Sorted by code; tests/unit/test_reference.c checks it
 * against the registry and against the RFC rules noted below.
 *
 * These facts feed the automatic comparison of two codes, so each one states
 * only what the RFC says (or, where marked, what deployed servers do):
 *
 * - senders: who sends the code in the RFC's model. A B2BUA, SBC or PBX that
 *   answers on its own counts as a UAS; a proxy cannot make a non-100
 *   provisional of its own (RFC 3261 §16.7 step 6), so 18x come from a UAS.
 * - retry: what the client may do next. LATER only where the RFC speaks of
 *   a later time (Retry-After, §20.33, or a timer); ELSEWHERE where it says
 *   another server or target may succeed; CHANGED where the response says how
 *   to change the request; NEVER where the same request will fail again.
 *   A 6xx never gets ELSEWHERE (§21.6). 0: no advice (402, 487).
 * - dialog: where the effect depends on the method, the INVITE case.
 * - answer: the response headers the RFC names as carrying the answer, in the
 *   order worth reading; request: the request headers to show beside them.
 */
#include "responses.h"

#define UAS       SX_SENDER_UAS
#define PROXY     SX_SENDER_PROXY
#define REGISTRAR SX_SENDER_REGISTRAR
#define REDIRECT  SX_SENDER_REDIRECT
#define GATEWAY   SX_SENDER_GATEWAY
#define ANYONE    SX_SENDER_ANY

#define DONE      SX_RETRY_NOT_NEEDED
#define CHANGED   SX_RETRY_CHANGED
#define ELSEWHERE SX_RETRY_ELSEWHERE
#define LATER     SX_RETRY_LATER
#define NEVER     SX_RETRY_NEVER

const sx_class_info sx_classes[SX_CLASS_COUNT] = {
    [0] = { .name = "Invalid", .rfc = "RFC 3261 §7.2" },
    [1] = { .name = "Provisional", .rfc = "RFC 3261 §8.1.3.2" },
    [2] = { .name = "Success", .rfc = "RFC 3261 §8.1.3.2" },
    [3] = { .name = "Redirection", .rfc = "RFC 3261 §8.1.3.2" },
    [4] = { .name = "Client Failure", .rfc = "RFC 3261 §8.1.3.2" },
    [5] = { .name = "Server Failure", .rfc = "RFC 3261 §8.1.3.2" },
    [6] = { .name = "Global Failure", .rfc = "RFC 3261 §8.1.3.2" },
};

const sx_response_info sx_responses[] = {
    /* 1xx: never retried, never ACKed (§21.1); a To tag sets up an early dialog (§12.1). */
    { .code = 100, .phrase = "Trying", .rfc = "RFC 3261 §21.1.1",
      /* Each stateful hop makes its own; a stateless proxy makes none (§16.11). */
      .senders = UAS | PROXY | GATEWAY, .retry = DONE, .dialog = SX_DIALOG_NONE },
    { .code = 180, .phrase = "Ringing", .rfc = "RFC 3261 §21.1.2",
      .senders = UAS | GATEWAY, .retry = DONE, .dialog = SX_DIALOG_EARLY },
    { .code = 181, .phrase = "Call Is Being Forwarded", .rfc = "RFC 3261 §21.1.3",
      .senders = UAS | GATEWAY, .retry = DONE, .dialog = SX_DIALOG_EARLY },
    { .code = 182, .phrase = "Queued", .rfc = "RFC 3261 §21.1.4",
      .senders = UAS, .retry = DONE, .dialog = SX_DIALOG_EARLY },
    { .code = 183, .phrase = "Session Progress", .rfc = "RFC 3261 §21.1.5",
      .senders = UAS | GATEWAY, .retry = DONE, .dialog = SX_DIALOG_EARLY },
    { .code = 199, .phrase = "Early Dialog Terminated", .rfc = "RFC 6228 §5, §6",
      /* A forking proxy makes it with the To tag of the branch that ended. */
      .senders = UAS | PROXY, .retry = DONE,
      /* It reports that the early dialog named by its To tag has ended. */
      .dialog = SX_DIALOG_ENDS,
      .answer = { "Reason" }, .request = { "Supported" } },

    /* 2xx */
    { .code = 200, .phrase = "OK", .rfc = "RFC 3261 §21.2.1",
      /* Proxies and redirect servers answer CANCEL and OPTIONS with 200 (§8.3, §11.2). */
      .senders = ANYONE, .retry = DONE, .dialog = SX_DIALOG_CREATES },
    { .code = 202, .phrase = "Accepted (deprecated)", .rfc = "RFC 6665 §8.3.1; RFC 7647 §5",
      /* Handled as 200 to SUBSCRIBE and REFER (dialog-creating); MESSAGE creates none. */
      .senders = UAS | GATEWAY, .retry = DONE, .dialog = SX_DIALOG_CREATES },
    { .code = 204, .phrase = "No Notification", .rfc = "RFC 5839 §7.1",
      /* Valid only inside an established subscription dialog (RFC 5839 §7.1). */
      .senders = UAS, .retry = DONE, .dialog = SX_DIALOG_NONE,
      .answer = { "Expires" }, .request = { "Suppress-If-Match" } },

    /* 3xx: the client may recurse on Contact (§8.1.3.4). */
    { .code = 300, .phrase = "Multiple Choices", .rfc = "RFC 3261 §21.3.1",
      .senders = REDIRECT | UAS, .retry = ELSEWHERE, .answer = { "Contact" } },
    { .code = 301, .phrase = "Moved Permanently", .rfc = "RFC 3261 §21.3.2",
      .senders = REDIRECT | UAS, .retry = ELSEWHERE, .answer = { "Contact" } },
    { .code = 302, .phrase = "Moved Temporarily", .rfc = "RFC 3261 §21.3.3",
      .senders = REDIRECT | UAS, .retry = ELSEWHERE, .answer = { "Contact", "Expires" } },
    { .code = 305, .phrase = "Use Proxy", .rfc = "RFC 3261 §21.3.4",
      /* "MUST only be generated by UASs" (§21.3.4). */
      .senders = UAS, .retry = ELSEWHERE, .answer = { "Contact" } },
    { .code = 380, .phrase = "Alternative Service", .rfc = "RFC 3261 §21.3.5",
      /* The alternative is another request, such as an emergency call. */
      .senders = UAS, .retry = CHANGED, .answer = { "Content-Type" } },

    /* 4xx: not the same request again unchanged (§21.4). */
    { .code = 400, .phrase = "Bad Request", .rfc = "RFC 3261 §21.4.1",
      .senders = ANYONE, .retry = CHANGED },
    { .code = 401, .phrase = "Unauthorized", .rfc = "RFC 3261 §21.4.2, §22.2",
      /* UASs, registrars and redirect servers; proxies MUST NOT (§22.1). */
      .senders = UAS | REGISTRAR | REDIRECT, .retry = CHANGED, .flags = SX_CODE_CHALLENGE,
      .answer = { "WWW-Authenticate" }, .request = { "Authorization" } },
    { .code = 402, .phrase = "Payment Required", .rfc = "RFC 3261 §21.4.3",
      /* Reserved, no standard meaning: no retry advice. Senders as seen in practice. */
      .senders = UAS | PROXY | GATEWAY, .retry = 0 },
    { .code = 403, .phrase = "Forbidden", .rfc = "RFC 3261 §21.4.4, §22.1",
      /* The same request fails again; after rejected credentials only others help (§22.1). */
      .senders = UAS | PROXY | REGISTRAR | GATEWAY, .retry = NEVER,
      .request = { "Authorization", "Proxy-Authorization" } },
    { .code = 404, .phrase = "Not Found", .rfc = "RFC 3261 §21.4.5",
      .senders = ANYONE, .retry = NEVER },
    { .code = 405, .phrase = "Method Not Allowed", .rfc = "RFC 3261 §21.4.6",
      /* Proxies forward any method (§16.3); the same method here fails again. */
      .senders = UAS | REGISTRAR, .retry = NEVER, .answer = { "Allow" } },
    { .code = 406, .phrase = "Not Acceptable", .rfc = "RFC 3261 §21.4.7",
      /* The Accept that matters is the request's; no header carries the answer. */
      .senders = UAS, .retry = CHANGED, .request = { "Accept" } },
    { .code = 407, .phrase = "Proxy Authentication Required", .rfc = "RFC 3261 §21.4.8, §22.3",
      .senders = PROXY, .retry = CHANGED, .flags = SX_CODE_CHALLENGE,
      .answer = { "Proxy-Authenticate" }, .request = { "Proxy-Authorization" } },
    { .code = 408, .phrase = "Request Timeout", .rfc = "RFC 3261 §21.4.9",
      /* "MAY repeat the request without modifications at any later time" (§21.4.9). */
      .senders = UAS | PROXY | GATEWAY, .retry = LATER,
      /* To a request in a dialog, the UAC ends the dialog (§12.2.1.2, §14.1). */
      .dialog = SX_DIALOG_ENDS },
    { .code = 410, .phrase = "Gone", .rfc = "RFC 3261 §21.4.10",
      .senders = ANYONE, .retry = NEVER },
    { .code = 412, .phrase = "Conditional Request Failed", .rfc = "RFC 3903 §6",
      /* The event state compositor acts as a UAS; a new initial PUBLISH is needed (§5). */
      .senders = UAS, .retry = CHANGED, .request = { "SIP-If-Match" } },
    { .code = 413, .phrase = "Request Entity Too Large", .rfc = "RFC 3261 §21.4.11",
      /* A smaller body (§8.1.3.5), or later if Retry-After says the limit is temporary. */
      .senders = UAS | PROXY | REGISTRAR, .retry = CHANGED | LATER,
      .answer = { "Retry-After" }, .request = { "Content-Length", "Content-Type" } },
    { .code = 414, .phrase = "Request-URI Too Long", .rfc = "RFC 3261 §21.4.12",
      .senders = UAS | PROXY | REGISTRAR, .retry = CHANGED },
    { .code = 415, .phrase = "Unsupported Media Type", .rfc = "RFC 3261 §21.4.13, §8.2.3",
      /* The UAS examines bodies (§8.2.3); proxies do not. */
      .senders = UAS, .retry = CHANGED,
      .answer = { "Accept", "Accept-Encoding", "Accept-Language" },
      .request = { "Content-Type", "Content-Disposition", "Content-Encoding" } },
    { .code = 416, .phrase = "Unsupported URI Scheme", .rfc = "RFC 3261 §21.4.14",
      .senders = UAS | PROXY | REGISTRAR, .retry = CHANGED },
    { .code = 417, .phrase = "Unknown Resource-Priority", .rfc = "RFC 4412 §4.6.2",
      /* RP actors: gateways, phones and proxies (RFC 4412 §4.6.1). */
      .senders = UAS | PROXY | GATEWAY, .retry = CHANGED,
      .answer = { "Accept-Resource-Priority" }, .request = { "Resource-Priority", "Require" } },
    { .code = 420, .phrase = "Bad Extension", .rfc = "RFC 3261 §21.4.15",
      /* Require is checked by the UAS (§8.2.2.3), Proxy-Require by proxies (§16.3). */
      .senders = UAS | PROXY | REGISTRAR, .retry = CHANGED,
      .answer = { "Unsupported" }, .request = { "Require", "Proxy-Require" } },
    { .code = 421, .phrase = "Extension Required", .rfc = "RFC 3261 §21.4.16",
      .senders = UAS | REGISTRAR, .retry = CHANGED,
      .answer = { "Require" }, .request = { "Supported" } },
    { .code = 422, .phrase = "Session Interval Too Small", .rfc = "RFC 4028 §6",
      .senders = UAS | PROXY, .retry = CHANGED,
      .answer = { "Min-SE" }, .request = { "Session-Expires", "Min-SE" } },
    { .code = 423, .phrase = "Interval Too Brief", .rfc = "RFC 3261 §21.4.17, §10.3",
      /* Registrars, notifiers (RFC 6665), compositors (RFC 3903), push proxies (RFC 8599). */
      .senders = REGISTRAR | UAS | PROXY, .retry = CHANGED,
      .answer = { "Min-Expires" }, .request = { "Expires", "Contact" } },
    { .code = 424, .phrase = "Bad Location Information", .rfc = "RFC 6442 §4.3",
      .senders = UAS | PROXY, .retry = CHANGED,
      .answer = { "Geolocation-Error" }, .request = { "Geolocation", "Geolocation-Routing" } },
    { .code = 425, .phrase = "Bad Alert Message", .rfc = "RFC 8876 §5.1",
      .senders = UAS | PROXY, .retry = CHANGED,
      .answer = { "AlertMsg-Error" }, .request = { "Call-Info" } },
    { .code = 428, .phrase = "Use Identity Header", .rfc = "RFC 8224 §6.2.2",
      /* Verification services run in proxies or UAs (RFC 8224 §7). */
      .senders = UAS | PROXY, .retry = CHANGED, .request = { "Identity" } },
    { .code = 429, .phrase = "Provide Referrer Identity", .rfc = "RFC 3892 §5",
      /* The refer target, or the referee answering the REFER itself (RFC 3892 §2). */
      .senders = UAS, .retry = CHANGED, .request = { "Referred-By" } },
    { .code = 430, .phrase = "Flow Failed", .rfc = "RFC 5626 §11.5",
      /* Edge proxy to authoritative proxy, which tries another flow (RFC 5626 §7). */
      .senders = PROXY, .retry = ELSEWHERE },
    { .code = 433, .phrase = "Anonymity Disallowed", .rfc = "RFC 5079 §5",
      /* A retry without anonymity needs the user's consent (RFC 5079 §4). */
      .senders = UAS | PROXY, .retry = CHANGED, .request = { "Privacy", "From" } },
    { .code = 436, .phrase = "Bad Identity Info", .rfc = "RFC 8224 §6.2.2",
      .senders = UAS | PROXY, .retry = CHANGED, .request = { "Identity" } },
    { .code = 437, .phrase = "Unsupported Credential", .rfc = "RFC 8224 §6.2.2",
      .senders = UAS | PROXY, .retry = CHANGED, .request = { "Identity" } },
    { .code = 438, .phrase = "Invalid Identity Header", .rfc = "RFC 8224 §6.2.2",
      /* Retry with the full form of PASSporT (RFC 8224 §6.2.2). */
      .senders = UAS | PROXY, .retry = CHANGED, .request = { "Identity", "Date" } },
    { .code = 439, .phrase = "First Hop Lacks Outbound Support", .rfc = "RFC 5626 §11.6",
      /* Without Outbound, or through another edge proxy. */
      .senders = REGISTRAR, .retry = CHANGED | ELSEWHERE,
      .request = { "Supported", "Path", "Contact" } },
    { .code = 440, .phrase = "Max-Breadth Exceeded", .rfc = "RFC 5393 §5.3.3",
      /* Recovery as for 483: a narrower search or a refined request (RFC 5393 §5.1). */
      .senders = PROXY, .retry = CHANGED, .request = { "Max-Breadth" } },
    { .code = 469, .phrase = "Bad Info Package", .rfc = "RFC 6086 §4.2.2",
      .senders = UAS, .retry = CHANGED,
      .answer = { "Recv-Info" }, .request = { "Info-Package" } },
    { .code = 470, .phrase = "Consent Needed", .rfc = "RFC 5360 §5.9.2",
      /* The URI-list relay answers as a UAS; retry once consent is granted. */
      .senders = UAS, .retry = CHANGED | LATER, .answer = { "Permission-Missing" } },
    { .code = 480, .phrase = "Temporarily Unavailable", .rfc = "RFC 3261 §21.4.18",
      /* "The user could also be available elsewhere"; Retry-After gives a better time. */
      .senders = UAS | PROXY | REDIRECT | GATEWAY, .retry = LATER | ELSEWHERE,
      .answer = { "Retry-After" } },
    { .code = 481, .phrase = "Call/Transaction Does Not Exist", .rfc = "RFC 3261 §21.4.19",
      .senders = UAS, .retry = NEVER,
      /* To a request in a dialog (re-INVITE), the UAC ends that dialog (§12.2.1.2). */
      .dialog = SX_DIALOG_ENDS },
    { .code = 482, .phrase = "Loop Detected", .rfc = "RFC 3261 §21.4.20",
      /* Proxies (§16.3 item 4) and UASs for merged requests (§8.2.2.2). */
      .senders = PROXY | UAS, .retry = NEVER, .request = { "Via" } },
    { .code = 483, .phrase = "Too Many Hops", .rfc = "RFC 3261 §21.4.21",
      .senders = PROXY | UAS, .retry = NEVER, .request = { "Max-Forwards" } },
    { .code = 484, .phrase = "Address Incomplete", .rfc = "RFC 3261 §21.4.22",
      /* Overlap dialing: the same request with more digits. */
      .senders = UAS | PROXY | GATEWAY, .retry = CHANGED },
    { .code = 485, .phrase = "Ambiguous", .rfc = "RFC 3261 §21.4.23",
      .senders = UAS | PROXY | REDIRECT, .retry = CHANGED, .answer = { "Contact" } },
    { .code = 486, .phrase = "Busy Here", .rfc = "RFC 3261 §21.4.24",
      /* "could also be available elsewhere, such as through a voice mail service". */
      .senders = UAS | GATEWAY, .retry = LATER | ELSEWHERE, .answer = { "Retry-After" } },
    { .code = 487, .phrase = "Request Terminated", .rfc = "RFC 3261 §21.4.25",
      /* The caller (or a proxy for it) ended the request: no retry advice. */
      .senders = UAS | GATEWAY, .retry = 0 },
    { .code = 488, .phrase = "Not Acceptable Here", .rfc = "RFC 3261 §21.4.26",
      /* "the request may succeed elsewhere" (§21.4.26), or with a changed offer. */
      .senders = UAS | GATEWAY, .retry = CHANGED | ELSEWHERE, .answer = { "Warning" } },
    { .code = 489, .phrase = "Bad Event", .rfc = "RFC 6665 §8.3.2",
      .senders = UAS, .retry = CHANGED,
      .answer = { "Allow-Events" }, .request = { "Event" } },
    { .code = 491, .phrase = "Request Pending", .rfc = "RFC 3261 §21.4.27",
      /* Retry after the random timer of §14.1. */
      .senders = UAS, .retry = LATER },
    { .code = 493, .phrase = "Undecipherable", .rfc = "RFC 3261 §21.4.28",
      .senders = UAS, .retry = CHANGED },
    { .code = 494, .phrase = "Security Agreement Required", .rfc = "RFC 3329 §2.3.1",
      .senders = PROXY | REGISTRAR | UAS, .retry = CHANGED,
      .answer = { "Security-Server" }, .request = { "Security-Client", "Security-Verify" } },

    /* 5xx: the server erred; the request may be valid. */
    { .code = 500, .phrase = "Server Internal Error", .rfc = "RFC 3261 §21.5.1",
      /* "MAY retry the request after several seconds"; Retry-After in the §14.2 case. */
      .senders = UAS | PROXY | REGISTRAR | GATEWAY, .retry = LATER,
      .answer = { "Retry-After" }, .request = { "CSeq" } },
    { .code = 501, .phrase = "Not Implemented", .rfc = "RFC 3261 §21.5.2",
      /* Proxies forward any method (§21.5.2), so UAS-side elements send it. */
      .senders = UAS | REGISTRAR | GATEWAY, .retry = NEVER },
    { .code = 502, .phrase = "Bad Gateway", .rfc = "RFC 3261 §21.5.3",
      .senders = PROXY | GATEWAY, .retry = ELSEWHERE },
    { .code = 503, .phrase = "Service Unavailable", .rfc = "RFC 3261 §21.5.4",
      /* "SHOULD attempt to forward the request to an alternate server" (§21.5.4). */
      .senders = UAS | PROXY | REGISTRAR | GATEWAY, .retry = ELSEWHERE | LATER,
      .answer = { "Retry-After" } },
    { .code = 504, .phrase = "Server Time-out", .rfc = "RFC 3261 §21.5.5",
      /* A UAS too, to an UPDATE it cannot accept without its user (RFC 3311 §5.2). */
      .senders = PROXY | GATEWAY | UAS, .retry = LATER | ELSEWHERE },
    { .code = 505, .phrase = "Version Not Supported", .rfc = "RFC 3261 §21.5.6",
      .senders = ANYONE, .retry = CHANGED },
    { .code = 513, .phrase = "Message Too Large", .rfc = "RFC 3261 §21.5.7",
      .senders = ANYONE, .retry = CHANGED },
    { .code = 555, .phrase = "Push Notification Service Not Supported",
      .rfc = "RFC 8599 §4.1.5, §5.6.1",
      /*
       * A proxy, to a REGISTER (RFC 8599 §5.6.1). The push services on offer
       * are listed by Feature-Caps in a 2xx, not in the 555 (§5.4).
       */
      .senders = PROXY, .retry = CHANGED, .request = { "Contact" } },
    { .code = 580, .phrase = "Precondition Failure", .rfc = "RFC 3312 §8",
      .senders = UAS, .retry = CHANGED },

    /* 6xx: definitive for the user, not just this location (§21.6); forking stops (§16.7). */
    { .code = 600, .phrase = "Busy Everywhere", .rfc = "RFC 3261 §21.6.1",
      .senders = UAS, .retry = LATER, .answer = { "Retry-After" } },
    { .code = 603, .phrase = "Decline", .rfc = "RFC 3261 §21.6.2",
      /* A UAS, or a service answering for the user (notifiers, RFC 6665 §4.2.1.3). */
      .senders = UAS, .retry = LATER, .answer = { "Retry-After" } },
    { .code = 604, .phrase = "Does Not Exist Anywhere", .rfc = "RFC 3261 §21.6.3",
      /* Never a registrar: "A registrar MUST not generate 6xx responses" (§10.3). */
      .senders = PROXY | REDIRECT | UAS | GATEWAY, .retry = NEVER },
    { .code = 606, .phrase = "Not Acceptable", .rfc = "RFC 3261 §21.6.4",
      .senders = UAS, .retry = CHANGED, .answer = { "Warning" } },
    { .code = 607, .phrase = "Unwanted", .rfc = "RFC 8197 §4",
      .senders = UAS, .retry = NEVER },
    { .code = 608, .phrase = "Rejected", .rfc = "RFC 8688 §3.1",
      /* An intermediary (proxy or B2BUA) answering for the user (RFC 8688 §3). */
      .senders = PROXY, .retry = NEVER,
      .answer = { "Call-Info" }, .request = { "Feature-Caps" } },
};

const size_t sx_responses_count = sizeof sx_responses / sizeof sx_responses[0];
