/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What each SIP response code means, in English: one entry per code of
 * responses.c, in the same order, and one per class for the codes that are
 * not registered. Short sentences, the most useful first; see texts.h.
 */
#include "responses.h"

const sx_class_text sx_class_texts[SX_CLASS_COUNT] = {
    [0] = {
        .brief = "not a SIP status code; only 100-699 have a class",
        .explanation = {
            "The status line carries a code outside 100-699.",
            "The grammar takes any three digits, but only a first digit of 1 to 6 gives a class, so no SIP element can tell what this response means.",
        },
        .when = {
            "A broken or test implementation, a B2BUA or script that writes status lines by hand, or another protocol on a SIP port that was decoded as SIP.",
        },
        .fix = {
            "Find the sender from the top Via and the Server or User-Agent header and report it to its vendor.",
            "Peers will likely drop this response, so the transaction ends in a timeout (reported as 408).",
        },
        .sources = "RFC 3261 §7.2",
    },
    [1] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered provisional code: the request is still in progress.",
            "A client that does not know it acts as for 183 Session Progress; with a To tag it may set up an early dialog.",
        },
        .when = {
            "Vendor-specific progress signalling from a PBX, gateway or B2BUA, or a code from a draft that was never registered.",
        },
        .fix = {
            "Nothing to fix by itself: wait for the final response.",
            "Read the reason phrase and the sender's documentation for what it signals; if early media is expected, look for SDP in the body as for 183.",
        },
        .sources = "RFC 3261 §8.1.3.2",
    },
    [2] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered success code: the request was accepted.",
            "A client that does not know it acts as for 200 OK, so an INVITE answered this way still needs an ACK.",
        },
        .when = {
            "Vendor extensions, or a B2BUA or script configured with a code of its own; rare from standard equipment.",
        },
        .fix = {
            "Check that the client acted on it as on 200 OK (ACK after INVITE, registration kept).",
            "Ask the sender's vendor what it means and to send a registered code.",
        },
        .sources = "RFC 3261 §8.1.3.2",
    },
    [3] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered redirection code: the target is to be reached elsewhere.",
            "A client that does not know it acts as for 300 Multiple Choices.",
        },
        .when = {
            "Custom redirect servers or routing scripts that picked a code of their own.",
        },
        .fix = {
            "Read the Contact headers for the new targets and check that the client tried them.",
            "Ask for 301, 302 or 300 from the redirect server instead.",
        },
        .sources = "RFC 3261 §8.1.3.2",
    },
    [4] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered client-failure code: the server refused the request as it was sent.",
            "A client that does not know it acts as for 400 Bad Request.",
        },
        .when = {
            "Vendor-specific rejections from a PBX, SBC or application server, or a code from an expired draft.",
        },
        .fix = {
            "Read the reason phrase and any Warning or Reason header for the sender's meaning, then its logs.",
            "Clients act as for 400: change the request before sending it again.",
        },
        .sources = "RFC 3261 §8.1.3.2",
    },
    [5] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered server-failure code: the server failed on a request that may be valid.",
            "A client that does not know it acts as for 500 Server Internal Error.",
        },
        .when = {
            "Vendor-specific errors from an application server, SBC or gateway, often under overload or after an internal fault.",
        },
        .fix = {
            "Read the reason phrase and the Warning, Reason and Retry-After headers, then the sender's logs.",
            "The same request may succeed later or through another server.",
        },
        .sources = "RFC 3261 §8.1.3.2",
    },
    [6] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered global-failure code: the request would fail at any server, not only this one.",
            "A client that does not know it acts as for 600 Busy Everywhere.",
        },
        .when = {
            "Vendor-specific call screening or policy rejections, or a code from an expired draft.",
        },
        .fix = {
            "Read the reason phrase and any Reason or Warning header.",
            "The caller should not try other locations for this request; ask the sender's vendor for a registered 6xx code.",
        },
        .sources = "RFC 3261 §8.1.3.2",
    },
};

const sx_response_text sx_response_texts[] = {
    {
        .code = 100,
        .brief = "the next hop got the request and is working on it",
        .explanation = {
            "The next hop has the request and is processing it.",
            "It is hop-by-hop: each proxy or UAS sends its own and never forwards one.",
            "Over UDP it stops the sender's INVITE retransmissions.",
        },
        .when = {
            "Right after almost every INVITE, from each stateful proxy, SBC, PBX or gateway on the path, often before routing or a database lookup has finished.",
        },
        .fix = {
            "Normal.",
            "If the INVITE is still retransmitted after a 100, the 100 is not reaching the sender (check Via, rport, NAT).",
            "If nothing follows, trace the next leg: a 100 says nothing about the callee.",
        },
        .sources = "RFC 3261 §21.1.1",
    },
    {
        .code = 180,
        .brief = "the callee's device is alerting the user",
        .explanation = {
            "The callee's UA got the INVITE and is alerting its user.",
            "With a To tag it creates an early dialog; it may carry SDP for early media.",
        },
        .when = {
            "Every call to a phone that rings before answer; several 180s with different To tags when the call forks to a ring group or to several devices of one user.",
        },
        .fix = {
            "Normal.",
            "If the caller hears silence, check whether the 180 has SDP (the caller may then wait for early media instead of local ringback) and whether RTP flows.",
            "With Require: 100rel, expect a PRACK.",
        },
        .sources = "RFC 3261 §21.1.2",
    },
    {
        .code = 181,
        .brief = "a server is sending the call on to other destinations",
        .explanation = {
            "A proxy or the callee's UAS reports that the call is being sent on to other targets, such as a forward number or voicemail.",
            "It is informational; the call goes on.",
        },
        .when = {
            "Call forwarding (unconditional, busy, no answer) at a PBX or carrier and forwards to voicemail, often with a Diversion or History-Info header naming who forwarded the call.",
        },
        .fix = {
            "Normal.",
            "If the call ends somewhere unexpected, read Diversion or History-Info for the forwarding party and reason, then check that user's forwarding settings.",
        },
        .sources = "RFC 3261 §21.1.3",
    },
    {
        .code = 182,
        .brief = "the callee is unavailable and the call is held waiting for them",
        .explanation = {
            "The callee cannot take the call now, but the server keeps it waiting instead of rejecting it; a final response follows once the callee is free.",
            "The reason phrase may give queue details.",
        },
        .when = {
            "Contact-centre (ACD) queues and some hunt groups when every agent is busy.",
            "Rare, since most queues answer with 200 and play music instead.",
        },
        .fix = {
            "Normal.",
            "Read the reason phrase for position or wait time.",
            "A long wait can hit the caller's no-answer timer or a proxy's INVITE timer (Timer C, over 3 min), ending in a CANCEL or 408.",
        },
        .sources = "RFC 3261 §21.1.4",
    },
    {
        .code = 183,
        .brief = "call progress update, usually with SDP for early media",
        .explanation = {
            "Progress information that fits no other 1xx, most often an SDP answer so the caller hears early media.",
            "Sent by the callee's UA, a PBX, a gateway or an SBC.",
            "Unknown 1xx codes are handled as 183.",
        },
        .when = {
            "PSTN gateways passing on ringback or in-band announcements, IVRs or custom ringback before answer, and IMS calls negotiating preconditions.",
        },
        .fix = {
            "Normal.",
            "With SDP the caller should play the far end's audio, not local ringback: if silent, compare the SDP c=/m= address with where RTP arrives (NAT, SBC).",
            "With Require: 100rel, expect a PRACK.",
        },
        .sources = "RFC 3261 §21.1.5",
    },
    {
        .code = 199,
        .brief = "one forked branch's early dialog ended; the call is still pending",
        .explanation = {
            "Tells the caller that one early dialog (named by the To tag) has ended while other branches still ring.",
            "Sent by a forking proxy or a UAS, only if the INVITE had Supported: 199.",
        },
        .when = {
            "Parallel ringing or IMS forking where one device rejects the call (e.g.",
            "486) or stops ringing while others continue, so the caller can release that branch's early media.",
        },
        .fix = {
            "Normal.",
            "Match the To tag to the earlier 18x of that branch and read any Reason header for why it ended.",
            "The INVITE is still pending; its final response comes later.",
        },
        .sources = "RFC 6228",
    },
    {
        .code = 200,
        .brief = "the request succeeded; what that means depends on the CSeq method",
        .explanation = {
            "Success; see the CSeq method.",
            "INVITE: answered, the caller must ACK.",
            "REGISTER: bindings stored.",
            "SUBSCRIBE: accepted, a NOTIFY follows. CANCEL: received. BYE: call ended.",
        },
        .when = {
            "Every answered call, each successful REGISTER or refresh, answered OPTIONS keepalives, accepted BLF/MWI subscriptions, and the end of every BYE and CANCEL.",
        },
        .fix = {
            "Normal.",
            "INVITE: an ACK must follow; repeated 200s without ACK (NAT, bad Contact) end in a BYE after ~32 s.",
            "REGISTER: read Contact;expires for what was stored.",
            "CANCEL: the INVITE still ends with 487.",
        },
        .sources = "RFC 3261 §21.2.1",
    },
    {
        .code = 202,
        .brief = "request accepted for processing; handle it exactly like 200",
        .explanation = {
            "The request was accepted but not yet acted on.",
            "RFC 6665 deprecates it for SUBSCRIBE and NOTIFY and says to treat it as 200; it is still the usual success answer to REFER.",
        },
        .when = {
            "The answer to a REFER in blind or attended transfers, and SUBSCRIBE answers from older servers that follow RFC 3265, where 202 meant authorization was still undecided.",
        },
        .fix = {
            "Normal; no difference from 200.",
            "After a REFER, follow the NOTIFYs (Event: refer, sipfrag body) for the transfer result.",
            "For SUBSCRIBE, the first NOTIFY's Subscription-State gives the real state.",
        },
        .sources = "RFC 6665; RFC 3515",
    },
    {
        .code = 204,
        .brief = "subscription accepted but no NOTIFY will be sent (state unchanged)",
        .explanation = {
            "The SUBSCRIBE succeeded, but the notifier sends no NOTIFY for it because the entity-tag in Suppress-If-Match shows the subscriber already has the current state.",
        },
        .when = {
            "Subscription refreshes or fetches from clients using conditional event notification, such as presence or resource-list clients that cache the SIP-ETag of the last NOTIFY.",
        },
        .fix = {
            "Normal; no NOTIFY follows and the cached state stays valid.",
            "If a client shows stale state, compare its Suppress-If-Match value with the SIP-ETag of the last NOTIFY it received.",
        },
        .sources = "RFC 5839",
    },
    {
        .code = 300,
        .brief = "the target has several addresses; Contact lists them to choose from",
        .explanation = {
            "The address resolved to several locations and the server leaves the choice to the caller.",
            "Sent by a redirect server or UAS; Contact lists the options, possibly with q-values.",
        },
        .when = {
            "Rare: redirect servers or location services that return every registered contact of a user instead of forking the call to them.",
        },
        .fix = {
            "Read the Contact header for the alternatives and their q-values; the caller should try them in order.",
            "If the call stops here, enable redirect handling on the calling PBX or SBC.",
        },
        .sources = "RFC 3261 §21.3.1",
    },
    {
        .code = 301,
        .brief = "the user has a new permanent address, given in Contact",
        .explanation = {
            "The user can no longer be reached at the Request-URI; Contact gives the new address, and callers may update their directories.",
            "Sent by a redirect server or UAS.",
        },
        .when = {
            "A number or SIP address moved to another domain, server or provider, e.g. after a migration, or a redirect server with a static forward.",
        },
        .fix = {
            "Read Contact for the new address and retry there; update the dial plan or address book if the move is permanent.",
            "If the caller gives up, check that its PBX or SBC follows 3xx redirects.",
        },
        .sources = "RFC 3261 §21.3.2",
    },
    {
        .code = 302,
        .brief = "the callee is reachable at another address for now, see Contact",
        .explanation = {
            "The callee is temporarily elsewhere; Contact gives the new target(s), valid for this call or until Expires.",
            "Sent by redirect servers, forwarding services and routing engines.",
        },
        .when = {
            "Redirect-based call forwarding, and routing, least-cost or number-portability servers (or SBCs in redirect mode) telling the PBX where to send the call next.",
        },
        .fix = {
            "Read Contact (and Diversion, if present) for the next target; the caller should send a new INVITE there.",
            "If the call stops at 302, enable redirect following on the PBX/SBC or route directly.",
        },
        .sources = "RFC 3261 §21.3.3",
    },
    {
        .code = 305,
        .brief = "resend this request through the proxy named in Contact",
        .explanation = {
            "The resource must be reached through the proxy whose URI is in the Contact header; the caller should resend this one request via that proxy.",
            "Only a UAS may send it.",
        },
        .when = {
            "Rare: a server trying to force a client through a particular proxy or SBC.",
            "Not every UA acts on it, so the call may simply fail.",
        },
        .fix = {
            "Read Contact for the proxy URI.",
            "If the client should use that proxy, set it as the outbound proxy in its configuration instead of relying on 305 handling.",
        },
        .sources = "RFC 3261 §21.3.4",
    },
    {
        .code = 380,
        .brief = "the call failed but another service can be used, see the body",
        .explanation = {
            "The call did not succeed, but other services could reach the target; the message body describes them.",
            "Sent by a UAS or a network server such as an IMS P-CSCF.",
        },
        .when = {
            "Mostly IMS/VoLTE: a P-CSCF spots an emergency number in an ordinary INVITE and returns 380 with a 3GPP XML body telling the UE to retry as an emergency call.",
        },
        .fix = {
            "Read the body (Content-Type and content) for the alternative offered.",
            "In IMS emergency cases, check the UE's emergency number list and its emergency registration and call handling.",
        },
        .sources = "RFC 3261 §21.3.5",
    },
    {
        .code = 400,
        .brief = "the request is malformed or lacks a mandatory header",
        .explanation = {
            "The receiver could not parse the request or found it malformed.",
            "Any element may send it; the reason phrase often names the problem, such as a missing header.",
        },
        .when = {
            "Missing or malformed mandatory headers (Via, CSeq, Call-ID, Max-Forwards), wrong Content-Length, bad URIs or SDP, and messages truncated by UDP fragmentation or mangled by a SIP ALG.",
        },
        .fix = {
            "Read the actual reason phrase and any Warning header; they often name the faulty field.",
            "Compare the request as sent and as received (ALG rewriting), check Content-Length and MTU, and try TCP.",
        },
        .sources = "RFC 3261 §21.4.1",
    },
    {
        .code = 401,
        .brief = "digest challenge from the registrar or UAS; resend with credentials",
        .explanation = {
            "The request needs user authentication: a WWW-Authenticate header carries the digest challenge (realm, nonce).",
            "Sent by registrars and UASs; the client resends with Authorization.",
        },
        .when = {
            "The first answer to almost every REGISTER and to INVITEs at servers that authenticate calls.",
            "A second 401 after the client sent Authorization means the credentials were refused.",
        },
        .fix = {
            "First 401 to a request without credentials: normal.",
            "Repeated: check username, auth user, password and realm, and the digest algorithm. stale=true only asks for a retry with the new nonce.",
        },
        .sources = "RFC 3261 §21.4.2",
    },
    {
        .code = 402,
        .brief = "reserved code; providers use it for no credit or a billing block",
        .explanation = {
            "Reserved by RFC 3261 for future use and never given a standard meaning.",
            "Some carriers and prepaid platforms send it to say the account lacks credit or payment.",
        },
        .when = {
            "Prepaid accounts out of balance, suspended or unpaid trunk accounts, and calls to premium or international destinations that the billing plan does not cover.",
        },
        .fix = {
            "Check the account balance and billing status with the provider; read the reason phrase and any Warning header for details.",
            "Confirm the destination is allowed in the calling plan.",
        },
        .sources = "RFC 3261 §21.4.3",
    },
    {
        .code = 403,
        .brief = "the server refuses this request; re-authenticating will not help",
        .explanation = {
            "The server understood the request but will not carry it out, and new credentials will not change that, so it should not be resent as is.",
            "Sent by registrars, proxies, SBCs, PBXs and carriers.",
        },
        .when = {
            "Source IP not on the provider's allowlist, barred destinations (international, premium), disabled accounts, caller ID not allowed on the trunk, fraud blocks, and some servers' reply to bad passwords.",
        },
        .fix = {
            "Read the reason phrase, Warning and Reason headers for the cause.",
            "Check the IP allowlist/ACL, the account's call permissions, and that the From or P-Asserted-Identity number is allowed on the trunk.",
        },
        .sources = "RFC 3261 §21.4.4",
    },
    {
        .code = 404,
        .brief = "the user or number does not exist at the target domain",
        .explanation = {
            "The server knows the user does not exist in the Request-URI's domain, or that domain is not one it serves.",
            "Sent by registrars, proxies, PBXs and gateways (Q.850 cause 1, unallocated number).",
        },
        .when = {
            "Dialing an extension or DID missing from the dial plan, a number in the wrong format (E.164 vs national), a DID not routed on the trunk, or a Request-URI domain or IP the server does not own.",
        },
        .fix = {
            "Check the Request-URI user part and domain against the dial plan and number normalization (+, country code, prefixes).",
            "For inbound calls, confirm the DID is assigned to the trunk.",
        },
        .sources = "RFC 3261 §21.4.5",
    },
    {
        .code = 405,
        .brief = "the target does not accept this method; see Allow",
        .explanation = {
            "The server knows the method but does not allow it for this Request-URI.",
            "The response must list the methods that are allowed in an Allow header.",
            "Sent by UASs, PBXs and registrars.",
        },
        .when = {
            "SUBSCRIBE (BLF, presence), MESSAGE, PUBLISH, INFO, UPDATE or OPTIONS sent to a device that does not take them, or REGISTER sent to a trunk peer that is not a registrar.",
        },
        .fix = {
            "Read the Allow header for the accepted methods.",
            "Turn off the feature that sends the refused method (BLF, OPTIONS qualify, UPDATE refresh, INFO DTMF) or send the request to the right server.",
        },
        .sources = "RFC 3261 §21.4.6",
    },
    {
        .code = 406,
        .brief = "no body type allowed by the request's Accept header can be produced",
        .explanation = {
            "The server can only produce response content of types that the request's Accept header rules out.",
            "Sent by a UAS or notifier; it concerns the content, not the media session.",
        },
        .when = {
            "Rare: a SUBSCRIBE or other request whose Accept lists only formats the server cannot generate, e.g. a presence or dialog-info format the notifier lacks.",
        },
        .fix = {
            "Compare the request's Accept header with the formats the server supports, and add one it can produce.",
            "A codec or SDP mismatch is reported as 488, not 406.",
        },
        .sources = "RFC 3261 §21.4.7",
    },
    {
        .code = 407,
        .brief = "digest challenge from a proxy; resend with Proxy-Authorization",
        .explanation = {
            "A proxy wants authentication before it forwards the request: a Proxy-Authenticate header carries the digest challenge.",
            "Sent by proxies, SBCs and PBXs; the client resends with Proxy-Authorization.",
        },
        .when = {
            "The first answer to an INVITE at many PBXs and carrier proxies, and to other requests crossing an authenticating proxy.",
            "A second 407 after credentials were sent means they were refused.",
        },
        .fix = {
            "First 407 to a request without credentials: normal; the caller ACKs it and resends.",
            "Repeated: check username, auth user, password and realm, and whether the UA can authenticate in-dialog requests such as BYE.",
        },
        .sources = "RFC 3261 §21.4.8",
    },
    {
        .code = 408,
        .brief = "no final response came in time from the next hop or the target",
        .explanation = {
            "No final response could be produced in time, e.g. a proxy got no answer from the target.",
            "A UA also reports its own transaction timeout (Timer B/F, 32 s by default) as 408, never sent on the wire.",
        },
        .when = {
            "Registered phones that are unreachable (stale NAT binding, firewall), proxy INVITE timers expiring on an unanswered branch, and gateways mapping Q.850 cause 18 (no user responding).",
        },
        .fix = {
            "Find the hop that went silent: look for a forwarded request retransmitted with no 100 Trying.",
            "Check the target's Contact, NAT keepalives, firewall, DNS/SRV and transport, and proxy timers.",
        },
        .sources = "RFC 3261 §21.4.9",
    },
    {
        .code = 410,
        .brief = "the target no longer exists here and no forwarding address is known",
        .explanation = {
            "The resource in the Request-URI used to exist on this server but has been removed for good, and the server knows no new address.",
            "Sent by a registrar, proxy, UAS or gateway; 404 is used when it may not be permanent.",
        },
        .when = {
            "Calls to a deleted extension or closed account, or a gateway mapping Q.850 cause 22 (number changed) from the PSTN to 410.",
        },
        .fix = {
            "Do not retry the same URI.",
            "Check the Reason header for a Q.850 cause, fix the dial plan, speed dial or directory entry, and look up the user's new number or address.",
        },
        .sources = "RFC 3261 §21.4.10",
    },
    {
        .code = 412,
        .brief = "the entity-tag in SIP-If-Match matches no current publication",
        .explanation = {
            "An event state compositor (a presence server, for instance) got a PUBLISH whose SIP-If-Match names an entity-tag it does not hold, so the refresh, change or removal cannot be applied.",
        },
        .when = {
            "A PUBLISH refresh sent after the publication expired, after the presence server restarted and lost its state, or carrying an entity-tag older than the last SIP-ETag received.",
        },
        .fix = {
            "Send a new initial PUBLISH with the full state body and no SIP-If-Match, then use the SIP-ETag of its 2xx in later refreshes.",
            "Refresh well before the Expires interval runs out.",
        },
        .sources = "RFC 3903",
    },
    {
        .code = 413,
        .brief = "the request body is bigger than the server is willing to process",
        .explanation = {
            "The server refuses the request because its message body exceeds what it accepts, and may close the connection.",
            "Sent by a UAS, proxy or registrar; a Retry-After means the limit is temporary.",
        },
        .when = {
            "An INVITE whose SDP lists many codecs and ICE candidates, a multipart body with SDP plus ISUP or location data, or a large MESSAGE or NOTIFY body (resource lists, file content).",
        },
        .fix = {
            "Shrink the body: trim codecs and candidates, drop unneeded multipart parts, or move bulk content to MSRP or HTTP.",
            "Read Retry-After if present and check the server's body size limit.",
        },
        .sources = "RFC 3261 §21.4.11",
    },
    {
        .code = 414,
        .brief = "the Request-URI is longer than the server will interpret",
        .explanation = {
            "The server will not handle the request because the Request-URI is too long for it to parse or store.",
            "Sent by a proxy, registrar or UAS, usually one with a fixed limit on URI length.",
        },
        .when = {
            "URIs carrying many parameters or escaped headers, a proxy or B2BUA that appends parameters on each pass (often a hidden routing loop), or long tokens placed in the user part by applications.",
        },
        .fix = {
            "Compare the Request-URI with what the caller first sent to find the element that grows it.",
            "Remove escaped headers and needless parameters, and look for loops (Via count, Max-Forwards).",
        },
        .sources = "RFC 3261 §21.4.12",
    },
    {
        .code = 415,
        .brief = "the body's content type, encoding or language is not accepted",
        .explanation = {
            "The UAS does not support the format of the request body for this method.",
            "It must say what it takes in Accept, Accept-Encoding or Accept-Language, depending on which aspect was refused.",
        },
        .when = {
            "An INVITE with multipart/mixed SDP plus ISUP (SIP-I) sent to a plain SIP UA, a MESSAGE body type the client lacks, an INFO with an unknown DTMF body, or a gzip Content-Encoding.",
        },
        .fix = {
            "Read Accept, Accept-Encoding and Accept-Language in the response and resend the body in a listed form.",
            "On trunks, turn off ISUP encapsulation or other body types the peer does not take.",
        },
        .sources = "RFC 3261 §21.4.13",
    },
    {
        .code = 416,
        .brief = "the server does not handle the scheme of the Request-URI",
        .explanation = {
            "The scheme of the Request-URI (tel:, sips:, im:, a typo...) is not one the server understands, so it cannot process the request.",
            "Sent by a proxy, registrar or UAS.",
        },
        .when = {
            "A tel: URI sent to a server that only takes sip:, a sips: URI to an element without SIPS support, or an im: or pres: URI from a client to a server that lacks those schemes.",
        },
        .fix = {
            "Check the Request-URI scheme.",
            "Convert tel: numbers to sip:+number@domain;user=phone in the dial plan or normalization rules, and use sips: only toward servers that support it.",
        },
        .sources = "RFC 3261 §21.4.14",
    },
    {
        .code = 417,
        .brief = "the Resource-Priority namespace or value is not understood",
        .explanation = {
            "The recipient, typically a gateway or other UAS, got a Resource-Priority header with a namespace or priority value it does not know and will not ignore.",
            "It should list what it knows in Accept-Resource-Priority.",
        },
        .when = {
            "Priority calls (GETS/WPS via the ets and wps namespaces, military dsn or drsn) toward a gateway in strict mode, or a request with Require: resource-priority reaching an element without that namespace.",
        },
        .fix = {
            "Read Accept-Resource-Priority and send a namespace.value from that list.",
            "Align the namespaces configured on both sides, or let the receiver ignore unknown values if policy allows.",
        },
        .sources = "RFC 4412",
    },
    {
        .code = 420,
        .brief = "an option tag in Require or Proxy-Require is not supported",
        .explanation = {
            "The server did not understand an extension the request demanded in Require (checked by the UAS) or Proxy-Require (checked by proxies).",
            "The response must list the unknown option tags in Unsupported.",
        },
        .when = {
            "Require: 100rel or precondition sent to a UA without PRACK or QoS preconditions, Require: timer to a UAS without session timers, or Proxy-Require: sec-agree reaching a proxy that lacks it.",
        },
        .fix = {
            "Read Unsupported for the refused option tags.",
            "Resend without them in Require/Proxy-Require (list them in Supported instead), and set features like 100rel to supported, not required.",
        },
        .sources = "RFC 3261 §21.4.15",
    },
    {
        .code = 421,
        .brief = "the server needs an extension the request did not offer in Supported",
        .explanation = {
            "The UAS will only process the request with an extension the client did not list in Supported.",
            "The option tags it needs are listed in the Require header of the response.",
        },
        .when = {
            "An SBC, PBX or trunk that insists on 100rel (PRACK), session timers (timer) or precondition, reached by a UA or gateway that did not list them in Supported.",
        },
        .fix = {
            "Read Require in the response for the needed option tags.",
            "Enable those extensions on the caller so it lists them in Supported, or relax the far end's requirement if the caller cannot do them.",
        },
        .sources = "RFC 3261 §21.4.16",
    },
    {
        .code = 422,
        .brief = "the requested Session-Expires is below the smallest interval allowed",
        .explanation = {
            "A UAS or proxy found the Session-Expires of the INVITE or UPDATE shorter than the minimum session interval it allows.",
            "The response must carry Min-SE with that minimum, in seconds.",
        },
        .when = {
            "A UA or SBC offering a short Session-Expires (90 or 300 s, say) to a server whose minimum is higher, on the initial INVITE or on a session refresh (re-INVITE or UPDATE).",
        },
        .fix = {
            "Read Min-SE and retry with Session-Expires at least that value and a Min-SE header copying it; a compliant UAC does this by itself.",
            "Align session-timer settings on both sides.",
        },
        .sources = "RFC 4028 §6",
    },
    {
        .code = 423,
        .brief = "the requested expiration is below the server's minimum",
        .explanation = {
            "The registrar (or a notifier or presence server) refuses the REGISTER, SUBSCRIBE or PUBLISH because its expiration interval is too short.",
            "The response must include Min-Expires with the shortest accepted.",
        },
        .when = {
            "A phone registering with Expires: 60 or less, often to keep a NAT binding open, to a registrar with a higher minimum, or a SUBSCRIBE or PUBLISH with a very short Expires.",
        },
        .fix = {
            "Read Min-Expires and retry with an Expires at least that large; most UAs do this by themselves.",
            "Raise the UA's registration interval and keep NAT bindings open with keep-alives instead.",
        },
        .sources = "RFC 3261 §21.4.17",
    },
    {
        .code = 424,
        .brief = "the location information in the request is bad or unusable",
        .explanation = {
            "A proxy or UAS that needed the caller's location (Geolocation header, PIDF-LO body or location URI) found it malformed, unusable or unreachable.",
            "A Geolocation-Error header gives a code saying why.",
        },
        .when = {
            "Emergency calls (NG911/NG112) where the PIDF-LO is invalid or missing, the cid: reference matches no body part, or an ESRP or PSAP could not dereference a location-by-reference URI.",
        },
        .fix = {
            "Read Geolocation-Error: 100 cannot process location, 200-202 permissions, 300 dereference failure.",
            "Validate the PIDF-LO, the Geolocation cid: link or LbyR URI; check Geolocation-Routing.",
        },
        .sources = "RFC 6442",
    },
    {
        .code = 425,
        .brief = "the alert (CAP) data of a non-interactive emergency call is unusable",
        .explanation = {
            "A PSAP or emergency routing element could not make sense of the Common Alerting Protocol payload of a non-interactive emergency call, so no suitable response to the alert can be determined.",
        },
        .when = {
            "A sensor, alarm or vehicle system sending a MESSAGE whose application/EmergencyCallData.cap+xml body is malformed, missing, or lacks the details the PSAP needs to act.",
        },
        .fix = {
            "Read the AlertMsg-Error header for the error code and text.",
            "Validate the CAP XML against its schema, check the body is present and referenced, and fill in the fields the PSAP requires.",
        },
        .sources = "RFC 8876",
    },
    {
        .code = 428,
        .brief = "the server's policy requires a usable Identity header and none came",
        .explanation = {
            "A STIR verification service, usually in the terminating network, requires a signed Identity header and the request had none it could use (none at all, or only ones with an unsupported ppt).",
        },
        .when = {
            "Unsigned calls reaching a network that rejects them, or an SBC or B2BUA on the path that stripped the Identity header; rare with SHAKEN while most networks still accept unsigned calls.",
        },
        .fix = {
            "Check that the originating network's authentication service signs the call and that every hop keeps the Identity header.",
            "Check its ppt parameter (shaken, for example) is one the verifier supports.",
        },
        .sources = "RFC 8224",
    },
    {
        .code = 429,
        .brief = "the referred request lacks a valid Referred-By token",
        .explanation = {
            "The refer target wants proof of who sent the REFER, a signed Referred-By token, and the request triggered by the REFER had none.",
            "The referee should pass the 429 to the referrer in a NOTIFY.",
        },
        .when = {
            "Call transfers where the transfer target requires an authenticated referrer: 429 to the referee's INVITE, then a sipfrag \"SIP/2.0 429\" in the NOTIFY sent to the referrer.",
        },
        .fix = {
            "The referrer can resend the REFER with a Referred-By token (an S/MIME-signed body).",
            "If tokens are not used in this network, relax the transfer target's Referred-By policy.",
        },
        .sources = "RFC 3892",
    },
    {
        .code = 430,
        .brief = "the outbound flow (connection) to the target UA has failed",
        .explanation = {
            "An RFC 5626 edge proxy could not use the flow named in the flow token, for example because the UA's TCP/TLS connection closed.",
            "Meant for proxies; a UA that gets it treats it as 400.",
        },
        .when = {
            "Calls to a registered UA whose connection to its edge proxy dropped (NAT timeout, network switch, phone asleep) before it registered a new flow.",
        },
        .fix = {
            "The home proxy should try another flow of the same instance (same +sip.instance, other reg-id).",
            "Check keep-alives (CRLF or STUN, Flow-Timer) and why the UA did not re-register after the loss.",
        },
        .sources = "RFC 5626",
    },
    {
        .code = 433,
        .brief = "the callee does not accept anonymous requests",
        .explanation = {
            "The UAS, or a proxy acting for it, refuses the request because the caller's identity is hidden.",
            "It is sent under an anonymous call rejection policy of the callee or the service.",
        },
        .when = {
            "A caller with Privacy: id, a From of anonymous@anonymous.invalid or withheld caller ID reaching a user who turned on anonymous call rejection.",
        },
        .fix = {
            "A policy outcome, not a fault.",
            "The caller can retry with identity shown (no Privacy: id, an asserted identity present); otherwise check the callee's anonymous rejection setting.",
        },
        .sources = "RFC 5079",
    },
    {
        .code = 436,
        .brief = "the verifier could not fetch the credential the Identity header names",
        .explanation = {
            "A STIR verification service could not dereference the info URI of any Identity header, so it had no certificate to check the signature with.",
            "Sent by the verifier, often the terminating carrier.",
        },
        .when = {
            "SHAKEN calls whose certificate URL (info parameter, x5u) is unreachable from the verifier: DNS failure, HTTP 4xx/5xx, TLS error, timeout, or a URI scheme the verifier does not fetch.",
        },
        .fix = {
            "Fetch the info URL from the verifier's network and check it returns the certificate chain over HTTPS.",
            "If policy lets the call go on, the same code may arrive in a Reason header instead.",
        },
        .sources = "RFC 8224",
    },
    {
        .code = 437,
        .brief = "the verifier does not accept the signer's credential",
        .explanation = {
            "The verification service got the certificate named by the Identity header but cannot use it: it does not trust the issuing CA or does not support the algorithm.",
            "Formerly Unsupported Certificate.",
        },
        .when = {
            "SHAKEN calls signed with a certificate from a CA outside the verifier's trust list, a test or self-signed certificate, or a chain that does not validate (expired, missing intermediate).",
        },
        .fix = {
            "Check the chain up to a trust anchor the verifier uses (an approved STI-CA for SHAKEN), the validity dates, and the signing algorithm (ES256 for SHAKEN).",
        },
        .sources = "RFC 8224",
    },
    {
        .code = 438,
        .brief = "no Identity header carried a valid, supported PASSporT",
        .explanation = {
            "A STIR verification service checked every Identity header and none had a PASSporT whose signature and claims verified against the request.",
            "Sent when its policy rejects such calls.",
        },
        .when = {
            "An SBC or transit network changed From, To or Date after signing, numbers were normalized differently, the signing key does not match the certificate, or required claims are missing.",
        },
        .fix = {
            "Decode the PASSporT: compare orig/dest with From/To or P-Asserted-Identity, check iat against Date, match the key to the certificate.",
            "RFC 8224 suggests retrying with a full-form PASSporT.",
        },
        .sources = "RFC 8224",
    },
    {
        .code = 439,
        .brief = "the registrar supports SIP Outbound but the first hop does not",
        .explanation = {
            "An RFC 5626 registrar got a REGISTER with reg-id and the outbound option tag in Supported, but the edge proxy it came through added no Path header with the ob parameter.",
        },
        .when = {
            "A softphone with SIP Outbound on by default (common over TCP/TLS) registering through a proxy or SBC that is not outbound-aware, toward a registrar that is.",
        },
        .fix = {
            "Register without Outbound (no reg-id, no outbound option tag) or through another edge proxy.",
            "To use Outbound, enable it on the edge proxy so it adds a Path URI with ;ob.",
        },
        .sources = "RFC 5626",
    },
    {
        .code = 440,
        .brief = "the proxy has too little Max-Breadth left to fork the request",
        .explanation = {
            "A forking proxy lacked enough Max-Breadth to send the request to its targets in parallel and would not fork serially or redirect.",
            "The client learns its request did not reach every target.",
        },
        .when = {
            "Forking to many registered contacts or hunt-group members, forking nested across several proxies, or forking loops that split the breadth budget down to nothing.",
        },
        .fix = {
            "Check the Max-Breadth value each proxy received and count the branches it forked.",
            "Reduce parallel targets, fork serially, or break forking loops between proxies.",
        },
        .sources = "RFC 5393",
    },
    {
        .code = 469,
        .brief = "the INFO uses an Info Package the receiver did not agree to receive",
        .explanation = {
            "The UA received an INFO whose Info-Package it never listed in its Recv-Info for the dialog.",
            "It must answer 469 with a Recv-Info header listing the packages it will take (possibly none).",
        },
        .when = {
            "INFO with a package (trickle-ice, a DTMF package...) sent to a peer that did not list it in Recv-Info during the INVITE exchange, or after a re-INVITE changed that list.",
        },
        .fix = {
            "Read Recv-Info in the 469 and send only listed packages.",
            "Check Recv-Info in the peer's INVITE, 200 and re-INVITEs; for DTMF, agree on RFC 4733 events or a package both sides list.",
        },
        .sources = "RFC 6086",
    },
    {
        .code = 470,
        .brief = "a recipient has not given the relay permission to send to it",
        .explanation = {
            "A relay (URI-list server, conference or IM exploder, translation service) refuses to forward because a target has not consented.",
            "Permission-Missing lists the URIs still lacking permission.",
        },
        .when = {
            "Adding members to a group chat, conference or other URI list whose users have not yet accepted, in a deployment of the RFC 5360 consent framework.",
        },
        .fix = {
            "Read Permission-Missing for the URIs without consent.",
            "Those users must grant permission through the relay's consent procedure before a retry; leave them out of the list meanwhile.",
        },
        .sources = "RFC 5360",
    },
    {
        .code = 480,
        .brief = "the callee is known but cannot be reached at the moment",
        .explanation = {
            "The request reached the callee's UAS, or a proxy or registrar that knows the user, but the user cannot take it now: not logged in, no current registration or DND.",
            "The reason phrase often says which.",
        },
        .when = {
            "Calling an extension whose phone is unregistered or lost its NAT binding, a mobile softphone that is asleep, a user in DND, or a gateway relaying Q.850 cause 19 (no answer) or 20 (subscriber absent).",
        },
        .fix = {
            "Check the registrar for a live Contact binding (Expires, NAT keepalives) and the phone's DND; read Retry-After and any Reason header.",
            "Not a timeout: 408 means no final answer in time, 504 a silent upstream server.",
        },
        .sources = "RFC 3261 §21.4.18",
    },
    {
        .code = 481,
        .brief = "the request matches no dialog or transaction the receiver knows",
        .explanation = {
            "The UAS cannot match the request to a dialog it has (Call-ID, From and To tags) or, for a CANCEL, to a pending transaction.",
            "The UA or B2BUA that lost or never had that state sends it.",
        },
        .when = {
            "A BYE or CANCEL arriving after the call already ended (late, duplicate or crossing), a re-INVITE or NOTIFY after the peer restarted or expired the dialog, or an SBC or ALG that rewrote Call-ID or tags.",
        },
        .fix = {
            "Compare Call-ID, tags and CSeq with the dialog's INVITE and 200; after a BYE or CANCEL it is usually harmless.",
            "To other in-dialog requests the UAC should end the dialog (RFC 3261 §12.2.1.2).",
        },
        .sources = "RFC 3261 §21.4.19",
    },
    {
        .code = 482,
        .brief = "the request came back to a server it had already passed through",
        .explanation = {
            "A proxy found itself already in the request's Via path for this same request, or a UAS got one forked request twice by different routes (a merged request, RFC 3261 §8.2.2.2).",
        },
        .when = {
            "Two proxies, or a PBX and a trunk, whose static routes point at each other, a call forward to itself, a DNS or SRV record resolving back to the sender, or one phone registered twice via two paths.",
        },
        .fix = {
            "Read the Via headers of the looping request to see which hops repeat, then fix the dial plan, route or forwarding rule.",
            "For merged requests, look for duplicate registrations of the same device.",
        },
        .sources = "RFC 3261 §21.4.20",
    },
    {
        .code = 483,
        .brief = "the Max-Forwards count ran out before the request reached its target",
        .explanation = {
            "A proxy or UAS received a request whose Max-Forwards had dropped to 0 and would not forward it (RFC 3261 §16.3).",
            "Each hop takes one off the value, which a UAC normally sets to 70.",
        },
        .when = {
            "A routing loop through B2BUAs or SBCs that start fresh Via branches, so 482 never fires, a very long chain of proxies, or a UA or test script that sends a low initial Max-Forwards.",
        },
        .fix = {
            "Follow Max-Forwards and the Via count hop by hop in the capture to find the loop or long path, and fix the circular route.",
            "Make UACs start at 70 and check that no middlebox lowers the value.",
        },
        .sources = "RFC 3261 §21.4.21",
    },
    {
        .code = 484,
        .brief = "the dialed number or address is too short to be routed",
        .explanation = {
            "The Request-URI is incomplete: the PBX, proxy or gateway needs more digits or a fuller address before it can route the call.",
            "It is the SIP side of overlap dialing and of Q.850 cause 28.",
        },
        .when = {
            "A phone whose digit map or inter-digit timeout sends the INVITE before the number is complete, a missing area code or prefix, or a PSTN gateway relaying cause 28 from the far switch.",
        },
        .fix = {
            "Compare the user part of the Request-URI with the dial plan (length, prefix, national or E.164 form) and fix the phone's digit map or timeout.",
            "With overlap dialing, a new INVITE with more digits follows.",
        },
        .sources = "RFC 3261 §21.4.22",
    },
    {
        .code = 485,
        .brief = "the address matches several users and the server cannot pick one",
        .explanation = {
            "The Request-URI matched more than one user, so the proxy, registrar or UAS cannot choose.",
            "It may list the candidate addresses in Contact headers, unless a privacy policy keeps them hidden.",
        },
        .when = {
            "Dialing by name or by a short alias that a directory or PBX resolves to several users, such as two staff with the same first name.",
            "Rare on carrier trunks; gateways map it to Q.850 cause 1.",
        },
        .fix = {
            "Read the Contact headers, if any, for the candidate URIs and retry with one of them.",
            "Otherwise call a unique address (full extension or E.164 number) or fix the duplicate alias in the directory.",
        },
        .sources = "RFC 3261 §21.4.23",
    },
    {
        .code = 486,
        .brief = "the callee's device is busy and cannot take the call now",
        .explanation = {
            "The callee's user agent was reached but its user or line is busy right now.",
            "The UAS (phone, PBX or gateway) sends it; other devices of the same user may still be free.",
        },
        .when = {
            "A call to an extension already on a call with call waiting off, a SIP trunk out of channels, or a gateway relaying Q.850 cause 17 (user busy) from the PSTN.",
        },
        .fix = {
            "A normal call outcome.",
            "Check Retry-After for when to retry; a forking proxy may try other contacts.",
            "If the line is idle, check the phone's DND, call-waiting and max-calls settings and the trunk's channel limit.",
        },
        .sources = "RFC 3261 §21.4.24",
    },
    {
        .code = 487,
        .brief = "the pending request was ended by a CANCEL or BYE before it completed",
        .explanation = {
            "The final answer to a request, nearly always an INVITE, that was cancelled before it was answered.",
            "The UAS sends it after its 200 to the CANCEL, proxies relay it back, and the caller ACKs it.",
        },
        .when = {
            "The caller hung up while it was ringing, a proxy or ring group cancelled the other forks once one phone answered, a no-answer timer fired upstream, or a pending re-INVITE was cancelled.",
        },
        .fix = {
            "A normal outcome, no fix needed.",
            "Find the CANCEL before it and its Reason header (e.g.",
            "SIP cause=200, answered elsewhere) to see who cancelled; a timed CANCEL points at a no-answer timer setting.",
        },
        .sources = "RFC 3261 §21.4.25",
    },
    {
        .code = 488,
        .brief = "the callee cannot accept the session description that was offered",
        .explanation = {
            "The UAS, gateway or B2BUA refuses the SDP offer: no common codec, transport profile (RTP or SRTP), media type or address family.",
            "It applies to this target only; another device of the user may accept.",
        },
        .when = {
            "Codec lists that do not overlap, an SRTP-only trunk offered RTP/AVP (or the reverse), a T.38 or video re-INVITE to a device without it, or a gateway relaying Q.850 cause 65 or 70 (bearer capability).",
        },
        .fix = {
            "Read the Warning header (e.g.",
            "304 media type not available, 305 incompatible media format, 370 insufficient bandwidth) and compare the offer's m=, rtpmap and crypto lines with the callee's policy.",
        },
        .sources = "RFC 3261 §21.4.26",
    },
    {
        .code = 489,
        .brief = "the receiver does not support the event package named in the request",
        .explanation = {
            "The notifier (presence server, PBX, voicemail) or subscriber does not know or offer the package in the Event header of a SUBSCRIBE, PUBLISH or NOTIFY.",
            "An Allow-Events header may list those it has.",
        },
        .when = {
            "A phone subscribing to dialog (BLF), message-summary (MWI) or presence on a server where that package is off, a typo in the Event value, or a NOTIFY for a package the subscriber never asked for.",
        },
        .fix = {
            "Compare the request's Event header with the Allow-Events header of the 489 or of an OPTIONS reply, then enable the package on the server (BLF, MWI, presence) or fix the phone's subscription settings.",
        },
        .sources = "RFC 6665",
    },
    {
        .code = 491,
        .brief = "another offer on the same dialog is still in progress (glare)",
        .explanation = {
            "The UA or B2BUA got a re-INVITE or UPDATE while its own request on the same dialog was still pending, so it refuses the incoming one.",
            "Both ends often send 491 to each other at the same time.",
        },
        .when = {
            "Both ends re-INVITE at once: hold or resume crossing a session-timer refresh, a T.38 switch started by both fax gateways, or an SBC re-anchoring media while the phone changes codec.",
        },
        .fix = {
            "Normal if it clears: the UAC retries after a random delay, 2.1-4 s if it generated the Call-ID, 0-2 s otherwise (RFC 3261 §14.1).",
            "A 491 loop means one side retries too soon or never clears its own request.",
        },
        .sources = "RFC 3261 §21.4.27",
    },
    {
        .code = 493,
        .brief = "the receiver has no key to decrypt the request's S/MIME body",
        .explanation = {
            "The request carried an S/MIME-encrypted body (application/pkcs7-mime) that the UAS has no suitable key for.",
            "The UAS may put its public key in the response body so the sender can encrypt for it.",
        },
        .when = {
            "Rare in practice: end-to-end S/MIME between UAs where the caller used an old or wrong certificate for the callee, or a device that was reset and lost its private key.",
        },
        .fix = {
            "Check the request's Content-Type and which certificate encrypted the body; use the key in the 493 body or the callee's current certificate, or send the body unencrypted if policy allows.",
        },
        .sources = "RFC 3261 §21.4.28",
    },
    {
        .code = 494,
        .brief = "the server wants a security mechanism agreed before it goes on",
        .explanation = {
            "An edge proxy or registrar using RFC 3329 sec-agree refuses a request not sent over an agreed mechanism.",
            "It lists the mechanisms it offers (tls, digest, ipsec-ike, ipsec-man...) in Security-Server.",
        },
        .when = {
            "A UA sending Security-Client with Require or Proxy-Require: sec-agree on an unprotected first request, or a later request arriving unprotected or with a Security-Verify that does not match.",
        },
        .fix = {
            "Read Security-Server, set up the preferred mechanism both sides list, then resend over it with Security-Verify echoing the server's list.",
            "In IMS the P-CSCF usually sends Security-Server in a 401.",
        },
        .sources = "RFC 3329",
    },
    {
        .code = 500,
        .brief = "the server failed while handling the request",
        .explanation = {
            "The server (UAS, proxy, B2BUA or gateway) hit an unexpected internal fault and could not complete the request.",
            "It does not say the request was wrong; the reason phrase may carry vendor detail.",
        },
        .when = {
            "A PBX script or database error, an SBC unable to build the outbound leg, a gateway relaying Q.850 cause 111 or 127, or a re-INVITE received while an earlier INVITE of that dialog is pending (§14.2).",
        },
        .fix = {
            "Check the sender's logs at that moment and any Reason, Warning or Retry-After header.",
            "In the RFC 3261 §14.2 case a Retry-After of 0-10 s tells the UAC when to send its re-INVITE again.",
        },
        .sources = "RFC 3261 §21.5.1",
    },
    {
        .code = 501,
        .brief = "the server does not implement the request method",
        .explanation = {
            "The UAS (or a B2BUA) does not know the method or a function the request needs.",
            "Unlike 405, the method is not known at all; proxies forward unknown methods and leave the answer to the UAS.",
        },
        .when = {
            "Sending UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE to a phone, PBX or trunk that lacks it, such as INFO DTMF or a REFER transfer to an old gateway, or a gateway relaying Q.850 cause 29 or 79.",
        },
        .fix = {
            "Check the Allow header of this reply, of the INVITE's 200 or of an OPTIONS reply for the methods supported, then fall back: re-INVITE for UPDATE, RTP events for INFO DTMF, a server-side transfer.",
        },
        .sources = "RFC 3261 §21.5.2",
    },
    {
        .code = 502,
        .brief = "a gateway or proxy got an invalid answer from the next server",
        .explanation = {
            "The server, acting as a proxy or gateway, received an invalid response from the downstream server it contacted for this request.",
            "The fault lies past the sender, on the next leg.",
        },
        .when = {
            "A B2BUA or SBC that cannot parse or accept the far end's reply, a gateway whose PSTN side reports Q.850 cause 27 (destination out of order), or a carrier leg returning malformed messages.",
        },
        .fix = {
            "Find the downstream leg in the capture and inspect its response for malformed headers, missing tags or a bad Content-Length; check the gateway's logs and the far end's health and routing.",
        },
        .sources = "RFC 3261 §21.5.3",
    },
    {
        .code = 503,
        .brief = "the server is overloaded, in maintenance or cannot reach its next hop",
        .explanation = {
            "The server cannot handle the request for now, often from overload or maintenance; without Retry-After it counts as 500.",
            "A UAC also reports 503 for a fatal transport error (RFC 3261 §8.1.3.1).",
        },
        .when = {
            "A carrier trunk over its call-rate or channel limit, a proxy whose gateways are all down or unreachable, a failed TCP or TLS connection to the next hop, or a gateway relaying Q.850 cause 34 or 41.",
        },
        .fix = {
            "Read Retry-After and any Reason header; see if the 503 came from the far end or was made locally after a failed next hop (no reply, ICMP unreachable, TCP reset).",
            "Check failover: SRV, alternate gateways.",
        },
        .sources = "RFC 3261 §21.5.4",
    },
    {
        .code = 504,
        .brief = "a server it relied on did not answer in time",
        .explanation = {
            "The server got no timely answer from another server it used for the request: a next-hop proxy, DNS, a database or an auth back-end.",
            "408 means no final answer came in time; 480, the callee is away.",
        },
        .when = {
            "An SBC or proxy whose next hop or carrier never answered the forwarded request, slow ENUM, LNP or DNS lookups, a stalled Diameter or database query, or a gateway relaying Q.850 cause 102.",
        },
        .fix = {
            "Find which hop went silent: follow the forwarded request and its retransmissions past the sender of the 504.",
            "Check that hop's reachability and the lookup services' latency against the sender's timers.",
        },
        .sources = "RFC 3261 §21.5.5",
    },
    {
        .code = 505,
        .brief = "the server does not support the SIP version used in the request",
        .explanation = {
            "The server rejects the request because the SIP-Version in its request line is not one it handles; SIP elements today speak only SIP/2.0.",
            "Any server, proxy or UAS, may send it.",
        },
        .when = {
            "A hand-made or fuzzing test (such as a SIPp scenario typo) with a wrong version, a corrupted or truncated request line, or a middlebox or ALG that mangled the first line of the message.",
        },
        .fix = {
            "Check that the request line and each Via's sent-protocol read exactly SIP/2.0, and find which hop changed them by comparing the message before and after each middlebox.",
        },
        .sources = "RFC 3261 §21.5.6",
    },
    {
        .code = 513,
        .brief = "the request is bigger than the server is able to process",
        .explanation = {
            "The server refused the request because its size is over what it can handle.",
            "A request within 200 bytes of the path MTU, or over 1300 bytes if it is unknown, must not go over UDP (RFC 3261 §18.1.1).",
        },
        .when = {
            "INVITEs with long SDP (many codecs, ICE candidates, video), many Via or Record-Route headers after several SBCs, multipart bodies (ISUP, SIPREC metadata) or a fragmented UDP request.",
        },
        .fix = {
            "Check the message size and IP fragments in the capture; trim codecs, candidates and needless headers, or move the trunk to TCP or TLS.",
            "Check the server's maximum message size setting.",
        },
        .sources = "RFC 3261 §21.5.7",
    },
    {
        .code = 555,
        .brief = "the server cannot wake this UA through the push provider it named",
        .explanation = {
            "A proxy or registrar cannot use the push service named in the pn-provider parameter of the REGISTER Contact (apns, fcm, webpush...), so it could not wake this UA for incoming requests.",
        },
        .when = {
            "A mobile softphone registering with push parameters to a server whose push support is off or lacks that provider, such as an iOS app sending pn-provider=apns to a server set up only for FCM.",
        },
        .fix = {
            "Check pn-provider, pn-param and pn-prid in the Contact URI against the server's push setup and the sip.pns Feature-Caps it advertises; enable that provider or register without push parameters.",
        },
        .sources = "RFC 8599",
    },
    {
        .code = 580,
        .brief = "the callee cannot meet the QoS or other preconditions of the offer",
        .explanation = {
            "The answering UAS cannot or will not meet the preconditions, usually QoS resource reservation, in the SDP offer.",
            "It may carry SDP showing which desired status failed.",
            "Seen mostly in IMS and VoLTE.",
        },
        .when = {
            "A VoLTE or VoNR call whose dedicated voice bearer could not be set up, a mandatory a=des line the callee cannot satisfy, or a reservation that failed or was lost before the callee answered.",
        },
        .fix = {
            "Compare the a=curr and a=des lines of the offer and of any SDP in the 580 to see which direction and strength failed, then check bearer setup (PCRF or PCF logs) and support for Require: precondition.",
        },
        .sources = "RFC 3312 §8",
    },
    {
        .code = 600,
        .brief = "the callee is busy on every device and will not take the call",
        .explanation = {
            "The callee's end system was reached and knows the user is busy everywhere, so no other device would answer either.",
            "As a 6xx, it makes a forking proxy cancel its other branches.",
        },
        .when = {
            "A hosted PBX or application server that checks all of a user's devices and finds them busy, or a phone or softswitch whose busy answer is set to 600 instead of 486.",
        },
        .fix = {
            "A normal call outcome; Retry-After may say when the user expects to be free.",
            "If the user has idle devices, check why 600 was sent rather than 486, since a 6xx stops the other forks from ringing.",
        },
        .sources = "RFC 3261 §21.6.1",
    },
    {
        .code = 603,
        .brief = "the callee actively refused the call",
        .explanation = {
            "The callee's device was reached, but the user, or a service acting for them, refuses the call without saying why.",
            "As a 6xx, it stops a forking proxy from trying the user's other devices.",
        },
        .when = {
            "The user pressed Decline on a ringing phone, DND or a rejection rule set to answer 603, a blocklist or anonymous-call rejection, or a carrier refusing the call for policy or fraud reasons.",
        },
        .fix = {
            "A normal outcome if the user declined; Retry-After may suggest a later time.",
            "If nobody pressed Decline, check DND, rejection and blocklist settings, and the Server and Via headers for the sender.",
        },
        .sources = "RFC 3261 §21.6.2",
    },
    {
        .code = 604,
        .brief = "the target user is known not to exist at any location",
        .explanation = {
            "A server with authoritative knowledge (home proxy, registrar, number database) says the user in the Request-URI exists nowhere.",
            "Unlike 404, it is final for every fork and location.",
        },
        .when = {
            "A disconnected or never-assigned number checked in an authoritative carrier database, a PBX set to answer unknown extensions with 604, or a typo in the dialed digits or domain.",
        },
        .fix = {
            "Verify the number or URI: typos, missing prefix, E.164 normalization, whether it was ported or disconnected.",
            "Check the number translation before the hop that answered; retrying will not help.",
        },
        .sources = "RFC 3261 §21.6.3",
    },
    {
        .code = 606,
        .brief = "the offered session is unacceptable to the callee on any device",
        .explanation = {
            "The callee's UA was reached but rejects parts of the session description (media, bandwidth or addressing) and knows no other device would accept them.",
            "It is the global form of 488.",
        },
        .when = {
            "Rarer than 488: an offer with only media the user's service cannot handle (video only, a codec set or transport it lacks), from a UA or server that answers for all of the user's devices.",
        },
        .fix = {
            "Read the Warning headers for the refused item (e.g.",
            "304, 305, 370) and change the offer: add a common codec, audio, or matching RTP or SRTP.",
            "Since a 6xx stops forking, ask why it is not a 488.",
        },
        .sources = "RFC 3261 §21.6.4",
    },
    {
        .code = 607,
        .brief = "the called person flagged this call as spam or a nuisance",
        .explanation = {
            "The called party, a person acting through their UA, rejected the call or message as unwanted, such as a robocall or spam.",
            "Intermediaries may use it to label or block later calls from that caller.",
        },
        .when = {
            "A user pressing a report-spam or block button on a phone or app, mostly on consumer and mobile networks.",
            "A registrar shows it processes 607 with sip.607 in Feature-Caps of its REGISTER response.",
        },
        .fix = {
            "For the callee, no fix.",
            "For a legitimate caller, check the calling number's reputation with carriers and analytics providers and its STIR/SHAKEN attestation; later calls may be labeled or blocked.",
        },
        .sources = "RFC 8197",
    },
    {
        .code = 608,
        .brief = "an intermediary such as a call analytics engine blocked the call",
        .explanation = {
            "A network element, not the callee, rejected the call, usually a call-analytics engine judging it spam or fraud.",
            "Unlike 607, no person decided; later attempts will likely fail too.",
        },
        .when = {
            "Outbound calls from call centers or dialers, new or spoofed-looking numbers, or calls with weak STIR/SHAKEN attestation, blocked by a carrier's robocall analytics before the callee's phone rings.",
        },
        .fix = {
            "Read the Call-Info header with purpose=jwscard: the signed jCard it points to names whom to contact to dispute the block.",
            "Then check the number's reputation, its registration with analytics firms and attestation.",
        },
        .sources = "RFC 8688",
    },
};

const size_t sx_response_texts_count = sizeof sx_response_texts / sizeof sx_response_texts[0];

const sx_answer_text sx_answer_texts[] = {
    { 0, NULL, NULL, NULL, NULL },
};

const size_t sx_answer_texts_count = 0;
