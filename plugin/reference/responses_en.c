/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What each SIP response code means, in English: one entry per code of
 * responses.c, in the same order, and one per class for the codes that are
 * not registered. Short sentences, the most useful first; see texts.h.
 *
 * The brief is true for every method the code may answer; a context row
 * (context_en.c) replaces it where the method or the exchange says more.
 * Sentences that state what vendors do rather than an RFC rule say so, and
 * their sources begin with "practice:".
 */
#include "responses.h"

const sx_class_text sx_class_texts[SX_CLASS_COUNT] = {
    [0] = {
        .brief = "not a SIP status code; only 100-699 have a class",
        .explanation = {
            "The status line carries a code outside 100-699.",
            "The grammar takes any three digits, but only a first digit of 1 to 6 gives a class.",
            "No SIP element can tell what such a response means.",
        },
        .when = {
            "A broken or test implementation, or a B2BUA or script writing status lines by hand.",
            "Another protocol on a SIP port, decoded as SIP.",
        },
        .fix = {
            "Find the sender from the top Via and the Server or User-Agent header.",
            "Report it to its vendor: many stacks drop such a response, so the request times out.",
        },
        .sources = "RFC 3261 §7.2, §25.1; practice: stacks drop responses with codes outside 100-699",
    },
    [1] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered provisional code: the request is still in progress.",
            "A client that does not know it acts as for 183; with a To tag it sets up an early dialog.",
        },
        .when = {
            "Vendor progress signals from a PBX, gateway or B2BUA, or codes from expired drafts.",
        },
        .fix = {
            "Nothing to fix by itself: wait for the final response.",
            "Read the reason phrase and the sender's documentation for what it signals.",
            "If early media is expected, look for SDP in the body as for 183.",
        },
        .sources = "RFC 3261 §8.1.3.2, §12.1",
    },
    [2] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered success code: the request was accepted.",
            "A client that does not know it acts as for 200, so an INVITE still needs its ACK.",
        },
        .when = {
            "Vendor extensions, or a B2BUA or script configured with a code of its own.",
        },
        .fix = {
            "Check that the client acted on it as on 200: ACK after INVITE, registration kept.",
            "Ask the sender's vendor to send a registered code instead.",
        },
        .sources = "RFC 3261 §8.1.3.2, §13.2.2.4",
    },
    [3] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered redirection code: the target is to be reached elsewhere.",
            "A client that does not know it acts as for 300.",
        },
        .when = {
            "Custom redirect servers or routing scripts that picked a code of their own.",
        },
        .fix = {
            "Read Contact for the new targets and check that the client tried them.",
            "Ask the redirect server for 301, 302 or 300 instead.",
        },
        .sources = "RFC 3261 §8.1.3.2, §8.1.3.4",
    },
    [4] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered client-failure code: the server refused the request as it was sent.",
            "A client that does not know it acts as for 400: change the request before resending.",
        },
        .when = {
            "Vendor rejections from a PBX, SBC or application server, or codes from expired drafts.",
        },
        .fix = {
            "Read the reason phrase and any Warning or Reason header for the sender's meaning.",
            "Then read the sender's logs for the cause.",
        },
        .sources = "RFC 3261 §8.1.3.2, §21.4",
    },
    [5] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered server-failure code: the server failed on a request that may be valid.",
            "A client that does not know it acts as for 500.",
        },
        .when = {
            "Vendor errors from an application server, SBC or gateway, often under overload.",
        },
        .fix = {
            "Read the reason phrase and the Warning, Reason and Retry-After headers.",
            "The same request may succeed later or through another server.",
        },
        .sources = "RFC 3261 §8.1.3.2, §21.5",
    },
    [6] = {
        .brief = "not a registered code; clients handle it as",
        .explanation = {
            "An unregistered global-failure code: the request would fail at any server.",
            "A client that does not know it acts as for 600, and a forking proxy stops.",
        },
        .when = {
            "Vendor call screening or policy rejections, or codes from expired drafts.",
        },
        .fix = {
            "Read the reason phrase and any Reason or Warning header.",
            "Do not try other locations for this request.",
            "Ask the sender's vendor for a registered 6xx code.",
        },
        .sources = "RFC 3261 §8.1.3.2, §16.7, §21.6",
    },
};

const sx_response_text sx_response_texts[] = {
    {
        .code = 100,
        .brief = "the next hop has the request and is working on it",
        .explanation = {
            "The next hop got the request and is working on it; it says nothing of the callee.",
            "Each stateful proxy or UAS sends its own 100 and does not forward the next hop's.",
            "A stateless proxy makes none of its own and passes every 100 it gets upstream.",
            "Like any provisional response, it stops the caller's INVITE retransmissions.",
        },
        .when = {
            "Right after an INVITE, from each stateful proxy, SBC, PBX or gateway on the path.",
            "Often before routing, a database lookup or DNS has finished.",
            "Rarely to other methods: provisionals to non-INVITE requests are discouraged.",
        },
        .fix = {
            "Nothing to fix: wait for a 18x or a final response.",
            "INVITE still resent after a 100: the 100 does not reach the caller (Via, rport, NAT).",
            "Nothing after the 100: follow the next leg, since a 100 covers one hop only.",
            "No answer for over 3 minutes: a proxy's Timer C may fire, send CANCEL and bring a 487.",
        },
        .send_when = "Send 100 to an INVITE you cannot answer within 200 ms, unless stateless.",
        .sources = "RFC 3261 §21.1, §21.1.1, §8.2.6.1, §9.1, §16.2, §16.7, §16.8, §16.11",
    },
    {
        .code = 180,
        .brief = "the callee's device is alerting its user",
        .explanation = {
            "The UA that got the INVITE is alerting its user; the caller may play local ringback.",
            "With a To tag it sets up an early dialog with that device.",
            "It may carry SDP for early media, and it is sent reliably only with 100rel.",
        },
        .when = {
            "Almost every call to a phone that rings before it is answered.",
            "Several 180s with different To tags when a proxy forks the call to several devices.",
            "Gateways send it when the PSTN side reports that the line is alerting.",
        },
        .fix = {
            "Nothing to fix: the call is ringing.",
            "If the 180 has SDP the caller plays the far media; silence means RTP is not arriving.",
            "With Require: 100rel and an RSeq, the caller must answer with PRACK.",
        },
        .send_when = "Send 180 when the user is being alerted; use 183 for other progress.",
        .sources = "RFC 3261 §21.1.2, §12.1, §13.2.2.1; RFC 3262 §3, §4; "
                   "practice: gateways map PSTN alerting to 180",
    },
    {
        .code = 181,
        .brief = "the call is being forwarded to other destinations",
        .explanation = {
            "A server reports that it is forwarding the call to a different set of destinations.",
            "It is informational: the call goes on and a final response follows.",
            "It comes from a PBX, switch or B2BUA acting for the callee, not from a plain proxy.",
        },
        .when = {
            "Call forwarding unconditional, on busy or on no answer, and forwarding to voicemail.",
            "Often with a Diversion or History-Info header naming who forwarded the call and why.",
        },
        .fix = {
            "Nothing to fix if the forward was intended.",
            "Unexpected destination: read History-Info or Diversion for who forwarded it and why.",
            "Then check that user's forwarding rules on the PBX or in the carrier's portal.",
        },
        .send_when = "Send 181 when you forward the call elsewhere and want the caller to know.",
        .sources = "RFC 3261 §21.1.3, §16.7; "
                   "practice: PBXs add Diversion or History-Info when they forward a call",
    },
    {
        .code = 182,
        .brief = "the callee is unavailable and the call is queued",
        .explanation = {
            "The callee cannot take the call now, so the server queues it instead of rejecting it.",
            "A final response follows once the callee becomes available.",
            "The server may send several 182s; the reason phrase may give the queue position.",
        },
        .when = {
            "Contact-centre queues (ACD) and hunt groups when every agent is busy.",
            "Rare in practice: most queues answer with 200 and play music instead.",
        },
        .fix = {
            "Nothing to fix while the call waits in the queue.",
            "Read the reason phrase for the position or the expected wait.",
            "Each 182 restarts a proxy's Timer C (over 3 min), so a queue resending 182 stays up.",
            "A proxy giving up when Timer C fires after a 1xx sends CANCEL: 487 follows, not 408.",
            "More often the caller's own no-answer timer ends the wait with a CANCEL.",
        },
        .send_when = "Send 182 while you hold a call for a busy callee, again at least each minute.",
        .sources = "RFC 3261 §21.1.4, §13.3.1.1, §16.7, §16.8; "
                   "practice: most queues answer 200 and play music, and callers cap ringing time",
    },
    {
        .code = 183,
        .brief = "call progress, often with SDP for early media",
        .explanation = {
            "Progress that no other 1xx code covers, most often SDP so the caller hears early media.",
            "The callee's UA, a PBX, an IVR or a gateway sends it; a To tag sets up an early dialog.",
            "A client handles any unknown provisional code other than 100 as 183.",
        },
        .when = {
            "PSTN gateways passing on ringback tones or in-band announcements.",
            "IVRs and custom ringback before answer, and IMS calls negotiating preconditions.",
        },
        .fix = {
            "Nothing to fix: the call is in progress.",
            "With SDP the caller should play the far media; silence means RTP is not arriving.",
            "Compare the SDP c= and m= lines with where RTP really comes from (NAT, SBC).",
            "With Require: 100rel and an RSeq, the caller must answer with PRACK.",
        },
        .send_when = "Send 183 for progress that is not alerting, most often to start early media.",
        .sources = "RFC 3261 §21.1.5, §8.1.3.2, §13.2.2.1; RFC 3262 §3, §4; RFC 3312 §11; "
                   "practice: gateways relay in-band tones in 183",
    },
    {
        .code = 199,
        .brief = "one early dialog of this call has ended",
        .explanation = {
            "One early dialog, named by the To tag, has ended while the INVITE is still pending.",
            "A forking proxy or the UAS sends it, only if the INVITE listed 199 in Supported.",
            "It must carry a Reason header with the code that ended that branch.",
            "It replaces no final response: that still comes later.",
        },
        .when = {
            "Parallel forking where one device rejects the call while others still ring.",
            "IMS forking, so that the caller can release the media of that branch.",
        },
        .fix = {
            "Nothing to fix: match the To tag to the earlier 18x of that branch.",
            "Read the Reason header for the code that ended it, such as 486 or 603.",
            "The caller stops media for that early dialog and keeps waiting for the final answer.",
            "A proxy sends no 199 when the INVITE had Require: 100rel.",
        },
        .send_when = "Send 199 for each branch ended early, if the INVITE lists 199 in Supported.",
        .sources = "RFC 6228 §3, §4, §5, §6, §7",
    },
    {
        .code = 200,
        .brief = "the request succeeded; its method says what was done",
        .explanation = {
            "The request succeeded; what was done depends on the method in CSeq.",
            "To INVITE the call is answered: the caller must ACK; forked 200s make separate dialogs.",
            "To REGISTER, Contact lists every binding the registrar now holds, with its expires.",
            "To CANCEL it only confirms receipt: the INVITE gets its own final response.",
        },
        .when = {
            "Every answered call, each REGISTER and refresh, and answered OPTIONS keep-alives.",
            "Accepted SUBSCRIBEs (a NOTIFY follows at once), delivered MESSAGEs and ended calls.",
        },
        .fix = {
            "Nothing to fix: the request succeeded.",
            "INVITE: an ACK must follow; a 200 resent for 32 s without ACK ends in a BYE.",
            "CANCEL: a 487 ends the INVITE, unless its 2xx crossed the CANCEL; then ACK, often BYE.",
            "REGISTER: compare the expires in Contact with what the phone asked for.",
            "MESSAGE: delivered to the recipient's UA, which does not mean the user read it.",
        },
        .send_when = "Send 200 when the request is done; a MESSAGE relay or store sends 202.",
        .sources = "RFC 3261 §21.2.1, §9.2, §10.3, §13.2.2.4, §13.3.1.4, §15; "
                   "RFC 3428 §4, §7; RFC 6665 §4.2.1.2",
    },
    {
        .code = 202,
        .brief = "accepted for later action; deprecated but for MESSAGE",
        .explanation = {
            "The request was accepted but not yet carried out; the code is deprecated.",
            "RFC 6665 and RFC 7647 forbid sending it to SUBSCRIBE, NOTIFY or REFER; read it as 200.",
            "To MESSAGE it means a relay, store or gateway took it; delivery is not confirmed.",
        },
        .when = {
            "Older stacks (RFC 3265, early RFC 3515) answering REFER or SUBSCRIBE with 202.",
            "MESSAGE sent to an offline store, an SMS gateway or another store-and-forward server.",
            "Rarely, a third-party REGISTER waiting for the contact's consent.",
        },
        .fix = {
            "SUBSCRIBE, NOTIFY or REFER: act exactly as on 200; the first NOTIFY gives the state.",
            "After REFER, follow the NOTIFYs (Event: refer, sipfrag body) for the transfer result.",
            "MESSAGE: do not count it as delivered; use IMDN if delivery must be known.",
            "A stack sending 202 to SUBSCRIBE or REFER today should send 200 instead.",
        },
        .send_when = "Send 202 only to a MESSAGE you store or relay; answer SUBSCRIBE and REFER 200.",
        .sources = "RFC 6665 §8.3.1, §4.2.1.2; RFC 7647 §5; RFC 3428 §4, §7; RFC 5360 §5.10; "
                   "practice: IMDN (RFC 5438) reports delivery of instant messages",
    },
    {
        .code = 204,
        .brief = "accepted; the NOTIFY is skipped as nothing changed",
        .explanation = {
            "The notifier accepted an in-dialog SUBSCRIBE but sends no NOTIFY for it.",
            "Suppress-If-Match named the tag of the current state, so the subscriber already has it.",
            "The subscription lasts for the Expires of the 204, and later changes still bring NOTIFYs.",
            "It is valid only for a SUBSCRIBE inside an established subscription dialog.",
        },
        .when = {
            "Subscription refreshes from clients using conditional event notification.",
            "Presence, dialog (BLF) or resource-list clients caching the last SIP-ETag.",
            "A SUBSCRIBE with Expires 0 and a matching tag: the 204 ends the subscription quietly.",
        },
        .fix = {
            "Nothing to fix: the cached state is current.",
            "Read Expires in the 204 for how long the subscription now lasts.",
            "Client shows old state: compare Suppress-If-Match with the last NOTIFY's SIP-ETag.",
            "No NOTIFY long after a real change is a notifier fault, not an effect of the 204.",
        },
        .send_when = "Send 204 to an in-dialog SUBSCRIBE whose Suppress-If-Match is the current tag.",
        .sources = "RFC 5839 §5.6, §5.7, §6.2, §6.3, §7.1",
    },
    {
        .code = 300,
        .brief = "several addresses match; Contact lists them",
        .explanation = {
            "The address resolved to several locations, and the choice is left to the caller.",
            "A redirect server or UAS sends it and should list the choices in Contact headers.",
            "RFC 3261 defines no body format for the choices and no rule to pick one automatically.",
        },
        .when = {
            "Rare: a redirect or location server returning all contacts of a user, not forking.",
        },
        .fix = {
            "Read the Contact headers and q-values; the caller may try them, highest q first.",
            "If the call stops at 300, enable redirect handling on the calling PBX or SBC.",
            "Each new attempt is a new transaction, and each URI is tried once only.",
        },
        .send_when = "Send 300 when the user has several addresses and you will neither pick nor fork.",
        .sources = "RFC 3261 §21.3.1, §8.1.3.4, §13.3.1.2",
    },
    {
        .code = 301,
        .brief = "the user has moved for good; Contact gives the address",
        .explanation = {
            "The user can no longer be reached at the Request-URI; Contact gives the new address.",
            "The caller should retry there and update address books and caches.",
            "A redirect server or UAS sends it.",
        },
        .when = {
            "A number or address moved to another domain, server or provider, say after a migration.",
        },
        .fix = {
            "Read Contact and send a new request to that address.",
            "Update the dial plan, speed dial or directory entry, since the move is permanent.",
            "If the caller gives up instead, check that its PBX or SBC follows 3xx.",
        },
        .send_when = "Send 301 when the old address will never work again; 302 for a temporary move.",
        .sources = "RFC 3261 §21.3.2, §8.1.3.4",
    },
    {
        .code = 302,
        .brief = "the callee is at another address for now, see Contact",
        .explanation = {
            "The callee is temporarily elsewhere; Contact gives the new target or targets.",
            "The address stays valid for its Expires or, without one, for this request only.",
            "Redirect servers, forwarding services and routing engines send it.",
        },
        .when = {
            "Redirect-based call forwarding at a PBX, carrier or hosted service.",
            "Routing, least-cost or number-portability servers telling a PBX where to send a call.",
        },
        .fix = {
            "Read Contact, and Diversion if present, for the next target.",
            "The caller should send a new INVITE to that address, in a new transaction.",
            "If the call stops at 302, enable redirect following on the PBX or SBC.",
        },
        .send_when = "Send 302 to point the caller elsewhere for this request or a limited time.",
        .sources = "RFC 3261 §21.3.3, §8.1.3.4, §8.3; "
                   "practice: redirect servers add Diversion (RFC 5806) naming the forwarder",
    },
    {
        .code = 305,
        .brief = "resend this request through the proxy in Contact",
        .explanation = {
            "The target must be reached through the proxy whose URI is in Contact.",
            "The caller is expected to send this one request again through that proxy.",
            "Only a UAS may send 305; proxies must not.",
        },
        .when = {
            "Rare: a server trying to force a client through a particular proxy or SBC.",
            "Many UAs do not act on 305, so the call simply fails.",
        },
        .fix = {
            "Read Contact for the proxy URI.",
            "If the client should use that proxy, set it as the client's outbound proxy instead.",
            "A 305 from a proxy breaks RFC 3261: report it to the sender's vendor.",
        },
        .send_when = "Send 305 from a UAS only, and only to clients known to act on it.",
        .sources = "RFC 3261 §21.3.4; practice: many UAs do not act on 305",
    },
    {
        .code = 380,
        .brief = "the call failed but other services are possible",
        .explanation = {
            "The call did not succeed, but alternative services could reach the target.",
            "The body describes them; RFC 3261 defines no format for it.",
            "IMS networks use it to tell a phone to call again as an emergency call.",
        },
        .when = {
            "IMS or VoLTE: an ordinary INVITE to an emergency number, answered with an XML body.",
        },
        .fix = {
            "Read Content-Type and the body for the alternative offered.",
            "In IMS emergency cases, check the phone's emergency numbers and emergency registration.",
        },
        .send_when = "Send 380 when another service can reach the target; the body says which.",
        .sources = "RFC 3261 §21.3.5; practice: IMS networks (3GPP TS 24.229) redirect "
                   "emergency calls with 380",
    },
    {
        .code = 400,
        .brief = "the request is malformed or misses a mandatory part",
        .explanation = {
            "The receiver could not understand the request because of malformed syntax.",
            "The reason phrase should name the problem, such as a missing Call-ID header.",
            "Any element may send it, proxies included.",
        },
        .when = {
            "Missing or malformed Via, CSeq, Call-ID, From, To or Max-Forwards headers.",
            "A wrong Content-Length or a body cut short, often by UDP fragmentation or an ALG.",
            "A REGISTER mixing Contact: * with other contacts or a non-zero Expires.",
        },
        .fix = {
            "Read the reason phrase and any Warning header: they often name the faulty field.",
            "Compare the request as sent and as received to catch a rewriting SIP ALG.",
            "Check Content-Length against the body, and the size against the MTU; try TCP.",
        },
        .send_when = "Send 400 for a request you cannot parse; name the problem in the phrase.",
        .sources = "RFC 3261 §21.4.1, §10.3, §18.3; practice: SIP ALGs rewrite and break messages",
    },
    {
        .code = 401,
        .brief = "a UAS or registrar asks for credentials",
        .explanation = {
            "A UAS or registrar requires user authentication before it processes the request.",
            "WWW-Authenticate carries the challenge: realm, nonce, algorithm and qop.",
            "The client resends with Authorization answering it, and a CSeq one higher.",
            "Proxies never send 401; they challenge with 407.",
        },
        .when = {
            "The first answer to nearly every REGISTER, and to INVITEs at servers that check callers.",
            "A new challenge with stale=true after credentials: only the nonce expired.",
            "The same realm again, without stale, after credentials: the credentials were refused.",
            "A 401 to CANCEL or ACK is a server fault: those requests are never challenged.",
        },
        .fix = {
            "First 401 to a request without credentials: normal, the client answers it.",
            "With stale=true: normal, the client answers the new nonce with the same password.",
            "Refused: check username, auth user, password and realm against the account.",
            "Check that the client supports the algorithm and qop of the challenge.",
            "Do not resend rejected credentials in a loop: servers and fail2ban block such clients.",
        },
        .send_when = "Send 401 from a UAS or registrar to challenge; a proxy sends 407 instead.",
        .sources = "RFC 3261 §21.4.2, §22.1, §22.2, §8.1.3.5, §9.2; RFC 8760; "
                   "practice: fail2ban and SBCs block clients that repeat rejected credentials",
    },
    {
        .code = 402,
        .brief = "reserved code; some providers use it for billing blocks",
        .explanation = {
            "RFC 3261 reserves 402 for future use and gives it no meaning.",
            "Some carriers and prepaid platforms send it for an account without credit.",
        },
        .when = {
            "Prepaid accounts out of balance, and suspended or unpaid trunk accounts.",
            "Calls to premium or international destinations that the billing plan excludes.",
        },
        .fix = {
            "Check the account balance and billing status with the provider.",
            "Read the reason phrase and any Warning header for the provider's own detail.",
            "Confirm that the dialed destination is allowed in the calling plan.",
        },
        .send_when = "Avoid 402, which has no standard meaning; 403 with a clear phrase is safer.",
        .sources = "RFC 3261 §21.4.3; practice: prepaid platforms answer 402 for no credit",
    },
    {
        .code = 403,
        .brief = "the server understood the request and refuses it",
        .explanation = {
            "The server understood the request but will not carry it out.",
            "After credentials were sent: they were rejected, or that user may not do this.",
            "Without credentials it is policy: the server did not ask for any.",
            "The same request should not be sent again unchanged.",
        },
        .when = {
            "A wrong password or auth user: Asterisk, FreeSWITCH and many SBCs answer so.",
            "An authenticated user not allowed to register this To address.",
            "Source IP not on the allow list, barred destinations, disabled accounts, fraud blocks.",
            "A callee rejecting before answer, or a STIR verifier refusing a stale Date.",
        },
        .fix = {
            "Check whether the request carried Authorization or Proxy-Authorization.",
            "With credentials: check password, auth user and realm, and the account's status.",
            "Without credentials: check the IP allow list, call permissions and caller ID rules.",
            "Read the reason phrase, Warning and Reason headers: they often name the cause.",
            "Do not resend rejected credentials: fail2ban or SBC blocks may follow.",
        },
        .send_when = "Send 403 to refuse by policy or for rejected credentials; say which in the phrase.",
        .sources = "RFC 3261 §21.4.4, §22.1, §10.3, §15; RFC 8224 §6.2.2; "
                   "practice: Asterisk, FreeSWITCH and SBCs answer wrong passwords with 403",
    },
    {
        .code = 404,
        .brief = "the user or number does not exist at this domain",
        .explanation = {
            "The server knows that the user does not exist at the domain of the Request-URI.",
            "It is also sent when that domain is not one the server handles.",
            "Registrars, proxies, PBXs and gateways send it; gateways map Q.850 cause 1 to it.",
        },
        .when = {
            "An extension or DID missing from the dial plan, or a number in the wrong format.",
            "A DID not routed on the trunk, or a Request-URI domain or IP the server does not own.",
            "A REGISTER whose To address is not valid for the registrar's domain.",
        },
        .fix = {
            "Compare the Request-URI user part with the dial plan: +, country code, prefixes.",
            "Check the Request-URI host: it must be a domain the receiving server serves.",
            "For inbound calls, confirm that the DID is assigned to this trunk.",
        },
        .send_when = "Send 404 when the user surely does not exist here; 480 when it is only away.",
        .sources = "RFC 3261 §21.4.5, §8.2.2.1, §10.3, §16.5; RFC 3398 §7.2.4.1",
    },
    {
        .code = 405,
        .brief = "this method is not allowed here; Allow lists what is",
        .explanation = {
            "The server knows the method but does not allow it for this Request-URI.",
            "The response must list the methods that are allowed in an Allow header.",
            "A UAS, PBX or registrar sends it; proxies forward any method.",
        },
        .when = {
            "SUBSCRIBE (BLF, presence), MESSAGE, PUBLISH, INFO or UPDATE to a device without them.",
            "REGISTER sent to a trunk peer that is not a registrar.",
        },
        .fix = {
            "Read Allow for the methods the target accepts.",
            "Turn off the feature that sends the refused method, such as BLF or INFO DTMF.",
            "Or send the request to the server that handles it.",
        },
        .send_when = "Send 405 with Allow for a known but refused method; 501 for an unknown one.",
        .sources = "RFC 3261 §21.4.6, §8.2.1, §16.3, §21.5.2",
    },
    {
        .code = 406,
        .brief = "no response body type allowed by Accept can be made",
        .explanation = {
            "The server can only make a response body of a type that the request's Accept excludes.",
            "It concerns the body of the response, not the media of a call.",
            "A UAS or notifier sends it.",
        },
        .when = {
            "Rare: a SUBSCRIBE whose Accept lists only formats the notifier cannot produce.",
        },
        .fix = {
            "Compare the request's Accept with the formats the server supports.",
            "Add to Accept a format that the server can produce.",
            "A codec or SDP mismatch is answered with 488, not 406.",
        },
        .send_when = "Send 406 when no body type in Accept can be made; 415 for the request's body.",
        .sources = "RFC 3261 §21.4.7, §20.1",
    },
    {
        .code = 407,
        .brief = "a proxy asks for credentials",
        .explanation = {
            "A proxy requires authentication before it forwards the request.",
            "Proxy-Authenticate carries the challenge; the client answers in Proxy-Authorization.",
            "Several proxies may challenge, each for its own realm, and the client answers each.",
        },
        .when = {
            "The first answer to an INVITE at many PBXs, carrier proxies and SBCs.",
            "A challenge for a new realm after credentials: a second proxy on the path, normal.",
            "A new challenge with stale=true: only the nonce expired.",
            "The same realm again without stale after credentials: the credentials were refused.",
        },
        .fix = {
            "First 407 without credentials: normal; the caller ACKs it and resends with them.",
            "Compare realm and stale in the new Proxy-Authenticate with the credentials sent.",
            "Refused: check username, auth user, password and realm for that proxy.",
            "Check that the UA also answers challenges to BYE, re-INVITE and other dialog requests.",
            "A 407 to CANCEL or ACK is a server fault: a CANCEL cannot be resent with credentials.",
        },
        .send_when = "Send 407 from a proxy that needs credentials; never challenge ACK or CANCEL.",
        .sources = "RFC 3261 §21.4.8, §22.1, §22.3, §16.7, §9.2; "
                   "practice: some UAs cannot answer a challenge to an in-dialog request",
    },
    {
        .code = 408,
        .brief = "no final answer could be produced in time",
        .explanation = {
            "The server could not produce a final response in time, say to locate the user.",
            "A proxy sends it when none of its branches gave a final answer in time.",
            "A UAC also reports its own transaction timeout as 408, with nothing on the wire.",
            "In a dialog, a 408 makes the UAC end the dialog; for a call that means a BYE.",
        },
        .when = {
            "A registered phone that no longer answers: expired NAT binding, firewall, app asleep.",
            "A branch that never answered at all: Timer B or F, 32 s by default.",
            "A 408 to a re-INVITE or UPDATE mid-call: the call is torn down.",
            "Gateways map Q.850 cause 18 (no user responding) to 408.",
        },
        .fix = {
            "Find the silent hop: a forwarded request retransmitted without any answer.",
            "Check the target's Contact, NAT keep-alives, firewall, DNS SRV and transport.",
            "408 after ringing is usually a proxy's no-answer timer; Timer C would CANCEL instead.",
            "A 408 to a re-INVITE ends the call: find why the peer stopped answering mid-call.",
        },
        .send_when = "Send 408 when no answer came in time; 504 when a lookup server timed out.",
        .sources = "RFC 3261 §21.4.9, §8.1.3.1, §12.2.1.2, §14.1, §16.6, §16.7, §16.8, §17.1.1; "
                   "RFC 3398 §7.2.4.1; practice: proxies cap ringing with a timer ending in 408",
    },
    {
        .code = 410,
        .brief = "the user used to be here and is gone for good",
        .explanation = {
            "The Request-URI is no longer available here, and no forwarding address is known.",
            "The condition is meant to be permanent; when unsure, servers send 404 instead.",
            "Gateways map Q.850 cause 22 (number changed) to 410.",
        },
        .when = {
            "Calls to a deleted extension or a closed account.",
            "A number changed at the PSTN side, reported by a gateway.",
        },
        .fix = {
            "Do not retry the same URI.",
            "Read any Reason header for the Q.850 cause.",
            "Update the dial plan, speed dial or directory, and find the user's new address.",
        },
        .send_when = "Send 410 only when the removal is known to be permanent; otherwise 404.",
        .sources = "RFC 3261 §21.4.10; RFC 3398 §7.2.4.1",
    },
    {
        .code = 412,
        .brief = "the SIP-If-Match tag names no publication held here",
        .explanation = {
            "A PUBLISH carried a SIP-If-Match tag that matches no publication the server holds.",
            "So the refresh, change or removal of that publication cannot be applied.",
            "The client must not retry with that tag: it starts over with a full PUBLISH.",
        },
        .when = {
            "A PUBLISH refresh sent after the publication expired at the presence server.",
            "A presence server that restarted and lost its state.",
            "A refresh carrying an older tag than the last SIP-ETag received.",
        },
        .fix = {
            "Send a new initial PUBLISH with the full state and no SIP-If-Match.",
            "Use the SIP-ETag of its 2xx in later refreshes, and drop the old tag.",
            "Refresh well before the Expires interval runs out.",
        },
        .send_when = "Send 412 to a PUBLISH whose SIP-If-Match matches no current publication.",
        .sources = "RFC 3903 §5, §6",
    },
    {
        .code = 413,
        .brief = "the request body is larger than the server accepts",
        .explanation = {
            "The server refuses the request because its body is larger than it will process.",
            "It may close the connection; with Retry-After, the limit is temporary.",
            "The client should retry without the body or with a smaller one.",
        },
        .when = {
            "An INVITE whose SDP lists many codecs and ICE candidates.",
            "Multipart bodies with SDP plus ISUP or location data, or large MESSAGE or NOTIFY bodies.",
        },
        .fix = {
            "Shrink the body: fewer codecs and candidates, no needless multipart parts.",
            "Move bulk content to MSRP or HTTP instead of SIP bodies.",
            "With Retry-After, resend later; check the server's body size limit.",
        },
        .send_when = "Send 413 for a body too large to process, with Retry-After if only for now.",
        .sources = "RFC 3261 §21.4.11, §8.1.3.5, §20.33",
    },
    {
        .code = 414,
        .brief = "the Request-URI is longer than the server will read",
        .explanation = {
            "The server will not handle the request because the Request-URI is too long for it.",
            "Proxies, registrars and UASs with a fixed limit on URI length send it.",
        },
        .when = {
            "URIs with many parameters or escaped headers.",
            "A proxy or B2BUA that appends parameters on each pass, often a hidden routing loop.",
        },
        .fix = {
            "Compare the Request-URI with what the caller first sent to find what grows it.",
            "Remove escaped headers and needless parameters.",
            "Look for a loop: a growing Via list and a falling Max-Forwards.",
        },
        .send_when = "Send 414 for a Request-URI beyond your limit; 513 for a whole message too big.",
        .sources = "RFC 3261 §21.4.12, §21.5.7",
    },
    {
        .code = 415,
        .brief = "the body's type, encoding or language is not supported",
        .explanation = {
            "The UAS does not support the format of the request body for this method.",
            "It must list what it takes in Accept, Accept-Encoding or Accept-Language.",
            "Body parts marked handling=optional in Content-Disposition never cause a 415.",
        },
        .when = {
            "SIP-I: SDP plus ISUP in multipart/mixed to a plain SIP UA, without handling=optional.",
            "A MESSAGE body type the client lacks, an INFO DTMF body, or gzip Content-Encoding.",
        },
        .fix = {
            "Read Accept, Accept-Encoding and Accept-Language, and resend in a listed form.",
            "Mark non-essential parts, such as ISUP, with Content-Disposition handling=optional.",
            "Or turn off ISUP encapsulation and other bodies the peer does not take.",
        },
        .send_when = "Send 415 for a body you cannot read that is not optional, listing what you take.",
        .sources = "RFC 3261 §21.4.13, §8.2.3, §8.1.3.5, §20.11",
    },
    {
        .code = 416,
        .brief = "the server does not handle the Request-URI scheme",
        .explanation = {
            "The scheme of the Request-URI, such as tel:, sips: or im:, is unknown to the server.",
            "The client should retry with a SIP URI.",
            "A proxy that turned a SIP URI into another scheme retries with a SIP form itself.",
        },
        .when = {
            "A tel: URI sent to a server that only takes sip:.",
            "A sips: URI toward an element without SIPS, or im: and pres: URIs to plain servers.",
        },
        .fix = {
            "Check the scheme of the Request-URI.",
            "Convert tel: numbers to sip:+number@domain;user=phone in the dial plan.",
            "Use sips: only toward servers that support it.",
        },
        .send_when = "Send 416 when you cannot process the Request-URI's scheme at all.",
        .sources = "RFC 3261 §21.4.14, §8.1.3.5, §8.2.2.1, §16.3, §16.7",
    },
    {
        .code = 417,
        .brief = "none of the Resource-Priority values is understood",
        .explanation = {
            "The request had Require: resource-priority, and no Resource-Priority value was known.",
            "Without that Require, unknown values are ignored and default priority applies.",
            "Accept-Resource-Priority may list the accepted values, if local policy allows.",
        },
        .when = {
            "Priority calls (ets, wps, dsn or drsn namespaces) to an element without the namespace.",
            "Require: resource-priority sent to an element configured for other namespaces.",
        },
        .fix = {
            "Read Accept-Resource-Priority, if present, and send a listed namespace.value.",
            "Otherwise drop Require: resource-priority, so unknown values get default treatment.",
            "Align the namespaces configured on both sides.",
        },
        .send_when = "Send 417 only if Require: resource-priority came and no value is known to you.",
        .sources = "RFC 4412 §4.2, §4.3, §4.6.2, §4.7.1",
    },
    {
        .code = 420,
        .brief = "an option tag in Require or Proxy-Require is unknown",
        .explanation = {
            "The server does not understand an extension that the request demanded.",
            "A UAS checks Require; every proxy checks Proxy-Require.",
            "The response must list the unknown option tags in Unsupported.",
        },
        .when = {
            "Require: 100rel or precondition to a UA without PRACK or QoS preconditions.",
            "Require: timer to a UAS without session timers, or Proxy-Require: sec-agree.",
        },
        .fix = {
            "Read Unsupported for the refused option tags.",
            "Resend without them in Require or Proxy-Require, and list them in Supported instead.",
            "Configure features such as 100rel as supported, not required.",
        },
        .send_when = "Send 420 with Unsupported when a Require or Proxy-Require tag is unknown to you.",
        .sources = "RFC 3261 §21.4.15, §8.2.2.3, §8.1.3.5, §16.3",
    },
    {
        .code = 421,
        .brief = "the server needs an extension the client did not offer",
        .explanation = {
            "The UAS needs an extension that the request did not list in Supported.",
            "The response must list the needed option tags in Require.",
            "RFC 3261 discourages it: a UAS should serve the client with baseline SIP.",
        },
        .when = {
            "An SBC, PBX or trunk that insists on 100rel, timer or precondition.",
            "A UA or gateway that did not list those option tags in Supported.",
        },
        .fix = {
            "Read Require in the response for the needed option tags.",
            "Enable those extensions on the caller, so that it lists them in Supported.",
            "Or relax the far end's requirement if the caller cannot support them.",
        },
        .send_when = "Send 421 only when no useful service is possible without the extension.",
        .sources = "RFC 3261 §21.4.16, §8.2.4",
    },
    {
        .code = 422,
        .brief = "the session timer asked for is below the minimum",
        .explanation = {
            "A UAS or proxy found the request's Session-Expires below its minimum session interval.",
            "The response must carry Min-SE with that minimum, in seconds (at least 90).",
            "The UAC retries with Session-Expires and Min-SE at the largest Min-SE it received.",
        },
        .when = {
            "A UA or SBC offering a short Session-Expires to a server with a higher minimum.",
            "On the initial INVITE or on a session refresh by re-INVITE or UPDATE.",
        },
        .fix = {
            "Read Min-SE and retry with Session-Expires at least that value, and the same Min-SE.",
            "A compliant UAC does this by itself; a repeated 422 shows one that does not.",
            "Align the session timer settings on both sides.",
        },
        .send_when = "Send 422 with Min-SE when Session-Expires is below the interval you allow.",
        .sources = "RFC 4028 §5, §6, §7.4",
    },
    {
        .code = 423,
        .brief = "the requested expiration is below the server's minimum",
        .explanation = {
            "The server refuses the request because the expiration it asks for is too short.",
            "The response must carry Min-Expires with the shortest interval the server honours.",
            "Registrars send it to REGISTER, notifiers to SUBSCRIBE, compositors to PUBLISH.",
            "A registrar may send it only for intervals above zero and below one hour.",
        },
        .when = {
            "A phone registering every 60 s or less, often to keep a NAT binding open.",
            "A SUBSCRIBE or PUBLISH with a very short Expires.",
            "A push-enabled REGISTER whose interval a proxy finds too short.",
        },
        .fix = {
            "Read Min-Expires and retry with every Contact expiration at least that large.",
            "Most UAs do this by themselves; a repeated 423 shows one that does not.",
            "Keep NAT bindings open with keep-alives (CRLF, STUN) rather than short registrations.",
        },
        .send_when = "Send 423 with Min-Expires only for an interval above 0, under 1 h and your minimum.",
        .sources = "RFC 3261 §21.4.17, §10.2.8, §10.3; RFC 6665 §4.2.1.1; RFC 3903 §5, §6; "
                   "RFC 8599 §5.6.1; RFC 5626 §4.4",
    },
    {
        .code = 424,
        .brief = "the location in the request could not be used",
        .explanation = {
            "A proxy or UAS that needed the caller's location found it malformed or unreachable.",
            "It answers only a request with a Geolocation header, never one without it.",
            "It must carry Geolocation-Error with a code saying why.",
            "It may also carry a better location to use for the retry.",
        },
        .when = {
            "Emergency calls (NG911, NG112) whose PIDF-LO body is malformed.",
            "A Geolocation cid: link that matches no body part, or a location URI that fails.",
        },
        .fix = {
            "Read Geolocation-Error: 100 cannot process, 200-202 permissions, 300 dereference.",
            "Validate the PIDF-LO body and the Geolocation cid: link or location URI.",
            "Check Geolocation-Routing and who may dereference the location.",
        },
        .send_when = "Send 424 when a location you need is present but unusable; never without one.",
        .sources = "RFC 6442 §4.3, §4.4, §4.5",
    },
    {
        .code = 425,
        .brief = "the alert data (CAP) of the request is unusable",
        .explanation = {
            "The recipient could not use the Common Alerting Protocol data in the request.",
            "It is sent only when the request carried an alert message, never without one.",
            "It must carry AlertMsg-Error with a code and text saying what is wrong.",
        },
        .when = {
            "Sensors, alarms or vehicles sending a MESSAGE with a malformed CAP body to a PSAP.",
            "A CAP body named in Call-Info but missing, or lacking fields the PSAP needs.",
        },
        .fix = {
            "Read AlertMsg-Error for the error code and text.",
            "Validate the CAP XML against its schema, and check the Call-Info reference to it.",
            "Fill in the fields the PSAP requires.",
        },
        .send_when = "Send 425 with AlertMsg-Error when a CAP payload is present but unusable.",
        .sources = "RFC 8876 §4.1, §5.1, §5.2",
    },
    {
        .code = 428,
        .brief = "a usable Identity header is required and none came",
        .explanation = {
            "A STIR verification service requires an Identity header and got none it could use.",
            "Either no Identity came, or only ones with a ppt value it does not support.",
            "It usually sits in the terminating network, rejecting unsigned calls by policy.",
        },
        .when = {
            "Unsigned calls reaching a network that rejects them.",
            "An SBC or B2BUA on the path that stripped the Identity header.",
        },
        .fix = {
            "Check that the originating network's authentication service signs the call.",
            "Check that every hop keeps the Identity header unchanged.",
            "Check that its ppt parameter, such as shaken, is one the verifier supports.",
        },
        .send_when = "Send 428 when policy requires a signed call and no usable Identity is present.",
        .sources = "RFC 8224 §6.2, §6.2.2",
    },
    {
        .code = 429,
        .brief = "a valid Referred-By token is required",
        .explanation = {
            "The receiver wants a signed Referred-By token proving who sent the REFER.",
            "The refer target sends it when the token is missing, stale or invalid.",
            "A referee may also answer a REFER that carries no token with 429.",
            "A 429 to the triggered request reaches the referrer in a NOTIFY sipfrag body.",
        },
        .when = {
            "Transfers where the transfer target requires an authenticated referrer.",
            "An INVITE triggered by REFER gets 429, then a NOTIFY carries SIP/2.0 429 back.",
        },
        .fix = {
            "The referrer may send a new REFER with a Referred-By token (an S/MIME body).",
            "The Referred-By header names the token's body part with its cid parameter.",
            "If tokens are not used in this network, relax the target's Referred-By policy.",
        },
        .send_when = "Send 429 when your policy needs a valid Referred-By token and none came.",
        .sources = "RFC 3892 §2.1, §2.2, §2.3, §3, §5",
    },
    {
        .code = 430,
        .brief = "the outbound flow to the target UA has failed",
        .explanation = {
            "An edge proxy tells the authoritative proxy that one flow to a UA instance failed.",
            "The flow is the connection named by the flow token in the registered Path.",
            "A UA that receives it treats it as 400.",
        },
        .when = {
            "Calls to a UA whose connection to its edge proxy dropped before it registered again.",
            "NAT timeouts, network changes or a sleeping mobile app closing the TCP or TLS flow.",
        },
        .fix = {
            "The authoritative proxy should try another flow of the same instance (other reg-id).",
            "Check the keep-alives (CRLF or STUN, Flow-Timer) on the UA's flows.",
            "Check why the UA did not register a new flow after the loss.",
        },
        .send_when = "Send 430 from an edge proxy when the flow in the flow token no longer works.",
        .sources = "RFC 5626 §11.5, §4.4, §5.1, §7",
    },
    {
        .code = 433,
        .brief = "the callee refuses anonymous requests",
        .explanation = {
            "The server refuses the request because the requester is anonymous.",
            "Signs of anonymity: a From in anonymous.invalid or named Anonymous, Privacy: id or user.",
            "A missing P-Asserted-Identity alone does not make a request anonymous.",
            "A callee that wants to hide this policy sends 403 instead.",
        },
        .when = {
            "A caller with withheld ID, or an anonymizing B2BUA, reaching a user who rejects them.",
        },
        .fix = {
            "Check From (anonymous.invalid, display name Anonymous) and the Privacy header.",
            "A retry without anonymity needs the user's consent: it is never automatic.",
            "If the refusal is wrong, check the callee's anonymous call rejection setting.",
        },
        .send_when = "Send 433 to refuse anonymous requests when the policy may be known; else 403.",
        .sources = "RFC 5079 §3, §4, §5, §7",
    },
    {
        .code = 436,
        .brief = "the verifier could not get the signer's credential",
        .explanation = {
            "A STIR verification service could not get the credential of any Identity header.",
            "Their info parameters point to the certificates, and none could be fetched.",
            "It can be repaired if the signer resends with an info URI the verifier can reach.",
        },
        .when = {
            "SHAKEN calls whose certificate URL (info, x5u) fails from the verifier's network.",
            "DNS failures, HTTP errors, TLS errors or timeouts on that URL.",
        },
        .fix = {
            "Fetch the info URL from the verifier's network; it must return the chain over HTTPS.",
            "SHAKEN networks may let the call through and report 436 in a Reason header instead.",
        },
        .send_when = "Send 436 when the credential of no Identity header can be fetched.",
        .sources = "RFC 8224 §6.2.2, §7.2, §7.3; "
                   "practice: SHAKEN (ATIS-1000074) reports verification failures in Reason",
    },
    {
        .code = 437,
        .brief = "the verifier does not accept the signer's credential",
        .explanation = {
            "The verifier holds or fetched the credential but will not use it.",
            "It does not trust the issuing CA, or does not support the signing algorithm.",
            "Its phrase was Unsupported Certificate before RFC 8224.",
        },
        .when = {
            "SHAKEN calls signed with a certificate from a CA outside the verifier's trust list.",
            "Test or self-signed certificates, or chains that do not validate.",
        },
        .fix = {
            "Check the chain up to a trust anchor the verifier uses, such as an approved STI-CA.",
            "Check the validity dates and the algorithm (ES256 for SHAKEN).",
        },
        .send_when = "Send 437 when the credential was obtained but its CA or algorithm is refused.",
        .sources = "RFC 8224 §6.2.2, §13.2; "
                   "practice: SHAKEN certificates come from approved STI-CAs and sign with ES256",
    },
    {
        .code = 438,
        .brief = "no Identity header carried a valid PASSporT",
        .explanation = {
            "No Identity header in the request carried a valid and supported PASSporT.",
            "A verifier sends it when its policy rejects calls with broken signatures.",
            "A stale Date gets 403 with the phrase Stale Date instead.",
        },
        .when = {
            "A transit network changed From, To or Date after signing.",
            "Numbers normalized differently, a key that does not match the certificate, missing claims.",
        },
        .fix = {
            "Decode the PASSporT and compare orig and dest with the From and To numbers.",
            "Compare iat with Date, and the signing key with the certificate.",
            "RFC 8224 recommends retrying with the full form of the PASSporT.",
        },
        .send_when = "Send 438 when every Identity header fails and your policy rejects such calls.",
        .sources = "RFC 8224 §6.2, §6.2.2, §6.2.4",
    },
    {
        .code = 439,
        .brief = "the first hop does not support SIP Outbound",
        .explanation = {
            "A registrar with Outbound got a REGISTER with reg-id and the outbound option tag.",
            "But the first Path URI has no ob parameter, so the edge proxy does no Outbound.",
            "Without the tag in Supported the registrar ignores reg-id and sends no 439.",
        },
        .when = {
            "A softphone with Outbound on, registering through a proxy or SBC that lacks it.",
        },
        .fix = {
            "Register without Outbound: no reg-id and no outbound option tag.",
            "Or register through an edge proxy that supports Outbound.",
            "To use Outbound, enable it on the edge proxy, so that it adds a Path URI with ;ob.",
        },
        .send_when = "Send 439 to an Outbound REGISTER whose first hop added no Path URI with ob.",
        .sources = "RFC 5626 §5.1, §6, §11.6",
    },
    {
        .code = 440,
        .brief = "too little Max-Breadth was left to fork the request",
        .explanation = {
            "A proxy lacked the Max-Breadth to fork the request in parallel as it wanted.",
            "It would not fork serially or redirect instead.",
            "The client learns that its request did not reach every possible target.",
        },
        .when = {
            "Forking to many contacts or hunt-group members, nested across several proxies.",
            "Forking loops between proxies that split the breadth down to nothing.",
        },
        .fix = {
            "Check the Max-Breadth each proxy received and how many branches it forked.",
            "Reduce the parallel targets, fork serially, or break forking loops between proxies.",
            "As for 483, change the routing or the request so that the search is narrower.",
        },
        .send_when = "Send 440 when a parallel fork needs more Max-Breadth and you will not go serial.",
        .sources = "RFC 5393 §5.1, §5.3.3",
    },
    {
        .code = 469,
        .brief = "the INFO's package was not agreed for this dialog",
        .explanation = {
            "The UA got an INFO whose Info-Package it never listed in Recv-Info for this dialog.",
            "The 469 must carry Recv-Info with the packages it will take, possibly none.",
            "The INFO fails, but the dialog and its session go on.",
        },
        .when = {
            "INFO for a package, such as DTMF or trickle-ice, that the peer did not list.",
            "After a re-INVITE changed the packages a side is willing to receive.",
        },
        .fix = {
            "Read Recv-Info in the 469 and send only listed packages.",
            "Check Recv-Info in the peer's INVITE, 200 and re-INVITEs.",
            "For DTMF, agree on RFC 4733 events or on a package both sides list.",
        },
        .send_when = "Send 469 with Recv-Info to an INFO whose package you did not list.",
        .sources = "RFC 6086 §4.2.1, §4.2.2; RFC 4733",
    },
    {
        .code = 470,
        .brief = "a listed recipient has not consented to the relay",
        .explanation = {
            "The request carried a URI list, and the relay has no permission for some of its URIs.",
            "Permission-Missing should list those URIs.",
            "The relay carries out none of the request until every URI has consented.",
        },
        .when = {
            "An INVITE, MESSAGE or SUBSCRIBE with a URI-list body to a conference or IM exploder.",
        },
        .fix = {
            "Read Permission-Missing; without it, find the URIs through XCAP or similar.",
            "Add those URIs to the relay's list (XCAP); the relay then asks each one for consent.",
            "Recipients grant by PUBLISH or HTTP GET; retry once they have granted.",
            "Or leave those URIs out of the list.",
        },
        .send_when = "Send 470 with Permission-Missing when a URI list names unconsented URIs.",
        .sources = "RFC 5360 §4.4, §5.9.1, §5.9.2, §5.9.3",
    },
    {
        .code = 480,
        .brief = "the callee cannot be reached at the moment",
        .explanation = {
            "The callee's end system was reached, but the callee is unavailable right now.",
            "Not logged in, in a state that precludes calls, or in DND; the phrase may say which.",
            "Proxies send it when they know the user but have no current contact for them.",
            "Retry-After may say when to call again; the user may be reachable elsewhere.",
        },
        .when = {
            "An extension with no live registration: phone off, NAT binding lost, app asleep.",
            "A user in DND, or a gateway relaying Q.850 cause 19 or 20.",
            "Some proxies use it with phrases such as No DNS results, for a route that failed.",
        },
        .fix = {
            "Read the reason phrase: it often names the real cause.",
            "Check the registrar for a live Contact binding, and the phone's DND setting.",
            "Check the NAT keep-alives and registration interval of the callee.",
            "Read Retry-After for when the callee may be back.",
        },
        .send_when = "Send 480 when the user exists but has no usable contact now; 404 if unknown.",
        .sources = "RFC 3261 §21.4.18, §16.5, §20.33; RFC 3398 §7.2.4.1; "
                   "practice: some proxies answer 480 No DNS results when routing fails",
    },
    {
        .code = 481,
        .brief = "no dialog or transaction matches this request",
        .explanation = {
            "The UAS found no dialog or transaction that the request belongs to.",
            "For a CANCEL no pending request matched; for an in-dialog request no dialog did.",
            "To a request inside a dialog, the UAC should end that dialog.",
        },
        .when = {
            "A BYE or CANCEL after the call already ended: late, duplicate or crossing requests.",
            "A re-INVITE or NOTIFY after the peer restarted or expired the dialog.",
            "An SBC or ALG that rewrote the Call-ID or the tags.",
        },
        .fix = {
            "Compare Call-ID, From tag, To tag and CSeq with the dialog's INVITE and 200.",
            "After a BYE or CANCEL it is usually harmless: the other side had already ended.",
            "To a re-INVITE or other in-dialog request the dialog ends: find why the peer lost it.",
        },
        .send_when = "Send 481 when a request names a dialog or transaction you do not have.",
        .sources = "RFC 3261 §21.4.19, §9.2, §12.2.1.2, §12.2.2, §15.1.2",
    },
    {
        .code = 482,
        .brief = "the request looped or reached the server twice",
        .explanation = {
            "A proxy found its own Via with a matching branch: the request came back unchanged.",
            "A UAS also sends it to the second copy of a forked request (a merged request).",
            "A request that returns with changed routing is a spiral, not a loop, and goes on.",
        },
        .when = {
            "Two proxies, or a PBX and a trunk, whose static routes point at each other.",
            "A call forwarded to itself, or DNS SRV records resolving back to the sender.",
            "One device registered twice through two paths, so that forked copies meet.",
        },
        .fix = {
            "Read the Via headers of the looping request to see which hops repeat.",
            "Fix the route, dial plan or forwarding rule that sends it back.",
            "For merged requests, look for duplicate registrations of the same device.",
        },
        .send_when = "Send 482 when loop detection matches, or to a merged request at a UAS.",
        .sources = "RFC 3261 §21.4.20, §16.3, §16.6, §8.2.2.2",
    },
    {
        .code = 483,
        .brief = "the Max-Forwards count reached zero before the target",
        .explanation = {
            "The server got a request whose Max-Forwards was 0, so it would not forward it.",
            "Each proxy takes one off Max-Forwards; a UAC starts at 70.",
            "To an OPTIONS with Max-Forwards 0, a server may answer for itself instead.",
        },
        .when = {
            "A routing loop through proxies that decrement Max-Forwards at each pass.",
            "A UA or test script that sends a very low initial Max-Forwards.",
            "Loops through B2BUAs: caught only if each copies and decrements Max-Forwards.",
        },
        .fix = {
            "Follow Max-Forwards and the Via count hop by hop to find the loop.",
            "Check that every B2BUA and SBC decrements Max-Forwards instead of resetting it to 70.",
            "With resets, loops run until some resource gives out: fix the circular route.",
            "Make UACs start at 70.",
        },
        .send_when = "Send 483 when a request arrives with Max-Forwards 0 and you must forward it.",
        .sources = "RFC 3261 §21.4.21, §8.1.1.6, §11, §16.3, §16.6; "
                   "practice: B2BUAs often reset Max-Forwards to 70",
    },
    {
        .code = 484,
        .brief = "the dialed number or address is incomplete",
        .explanation = {
            "The Request-URI is incomplete: more digits or a fuller address are needed.",
            "The reason phrase should say more.",
            "It allows overlap dialing: the client sends longer strings until no 484 comes.",
        },
        .when = {
            "A digit map or inter-digit timeout that sends the INVITE before the number is complete.",
            "A missing area code or prefix, or a gateway relaying Q.850 cause 28.",
        },
        .fix = {
            "Compare the Request-URI user part with the dial plan: length, prefix, E.164 form.",
            "Fix the phone's digit map or its inter-digit timeout.",
            "With overlap dialing, a new INVITE with more digits should follow.",
        },
        .send_when = "Send 484 when the address may be valid with more digits; 404 when it cannot.",
        .sources = "RFC 3261 §21.4.22; RFC 3398 §7.2.4.1",
    },
    {
        .code = 485,
        .brief = "the address matches several users",
        .explanation = {
            "The Request-URI was ambiguous: it matched more than one user.",
            "The response may list unambiguous addresses in Contact, unless privacy forbids it.",
            "Unlike 300, the choices are different people, so a person must choose.",
        },
        .when = {
            "Dialing by name or short alias that a directory resolves to several people.",
            "A proxy whose location service finds several users for the same URI.",
        },
        .fix = {
            "Read the Contact headers, if any, and retry with the right one.",
            "Otherwise call a unique address, such as the full extension or E.164 number.",
            "Or fix the duplicate alias in the directory.",
        },
        .send_when = "Send 485 when the URI names several users; allow 404 instead for privacy.",
        .sources = "RFC 3261 §21.4.23, §16.5",
    },
    {
        .code = 486,
        .brief = "the callee is busy at this device",
        .explanation = {
            "The callee's end system was reached, but the callee takes no more calls there now.",
            "Other devices of the user, or voicemail, may still take the call.",
            "Retry-After may give a better time to call.",
        },
        .when = {
            "An extension already on a call, with call waiting off.",
            "A trunk out of channels, or a gateway relaying Q.850 cause 17 (user busy).",
        },
        .fix = {
            "Nothing to fix if the callee really is busy.",
            "If the line is idle, check DND, call waiting and the maximum calls on the phone.",
            "Check the trunk's channel limit and the PBX's busy rules.",
            "A forking proxy may still try other contacts of the user.",
        },
        .send_when = "Send 486 when this device is busy; 600 only if no device of the user can answer.",
        .sources = "RFC 3261 §21.4.24, §13.3.1.3, §20.33; RFC 3398 §7.2.4.1",
    },
    {
        .code = 487,
        .brief = "the request was ended by a CANCEL or BYE",
        .explanation = {
            "The request was ended by a CANCEL or BYE before it completed.",
            "Nearly always an INVITE the caller cancelled; the CANCEL itself got a 200.",
            "It never answers the CANCEL, and the caller ACKs it like any final response.",
            "An INVITE whose Expires ran out before an answer gets 487 too.",
        },
        .when = {
            "The caller hung up while it rang, or a ring group cancelled the others on answer.",
            "A proxy's Timer C or no-answer timer cancelled the branch.",
            "A request still pending in a dialog when a BYE arrived.",
        },
        .fix = {
            "Nothing to fix: the request was ended on purpose.",
            "Find the CANCEL and its Reason header to see who cancelled and why.",
            "Reason cause=200 means answered elsewhere; a timed CANCEL points at a no-answer timer.",
            "No CANCEL in the capture: it may have taken another path or interface.",
        },
        .send_when = "Send 487 to a pending request ended by CANCEL or BYE, never to the CANCEL.",
        .sources = "RFC 3261 §21.4.25, §9.2, §13.3.1, §15.1.2, §16.8; RFC 3326 §2",
    },
    {
        .code = 488,
        .brief = "this target cannot accept the request as offered",
        .explanation = {
            "The request, nearly always its session offer, is not acceptable at this target.",
            "It means what 606 means, but for this resource only; elsewhere it may succeed.",
            "It should carry a Warning saying what was refused; a body may list what works.",
        },
        .when = {
            "Codec lists that do not overlap, or SRTP required where RTP was offered, or the reverse.",
            "A T.38 or video re-INVITE to a device without it, or Q.850 cause 65 or 70.",
            "Gateways short of bandwidth or trunks, with Warning 370.",
        },
        .fix = {
            "Read Warning: 304 media type, 305 media format or 370 insufficient bandwidth.",
            "Compare the offer's m=, rtpmap and crypto lines with what the callee accepts.",
            "To REFER or NOTIFY there is no offer: read the Reason and the phrase instead.",
        },
        .send_when = "Send 488 with Warning to reject an offer; 606 only if no device would accept.",
        .sources = "RFC 3261 §21.4.26, §13.3.1.3, §14.2, §20.43; RFC 3311 §5.2; "
                   "RFC 4412 §4.6.5; RFC 3398 §7.2.4.1",
    },
    {
        .code = 489,
        .brief = "the event package named in Event is not supported",
        .explanation = {
            "The server does not understand the event package in the Event header.",
            "Notifiers answer SUBSCRIBE with it, and event state compositors answer PUBLISH.",
            "Allow-Events may list the packages it does support.",
        },
        .when = {
            "A phone subscribing to dialog (BLF), message-summary (MWI) or presence where it is off.",
            "A typo in the Event value.",
        },
        .fix = {
            "Compare the request's Event with Allow-Events in the 489 or in an OPTIONS reply.",
            "Enable the package on the server, or fix the phone's subscription settings.",
        },
        .send_when = "Send 489 when the package in Event is unknown to you; list yours in Allow-Events.",
        .sources = "RFC 6665 §8.3.2, §4.2.1.1, §8.2.2; RFC 3903 §6",
    },
    {
        .code = 491,
        .brief = "the receiver has its own request pending in this dialog",
        .explanation = {
            "The UA got a re-INVITE or UPDATE while its own on the same dialog was still pending.",
            "This is glare: both sides tried to change the session at once.",
            "Each side may answer the other with 491 at the same moment.",
        },
        .when = {
            "Hold or resume crossing a session timer refresh.",
            "A T.38 switch started by both fax gateways, or an SBC re-anchoring media meanwhile.",
        },
        .fix = {
            "Normal if it clears: the UAC retries after a random delay.",
            "The delay is 2.1 to 4 s for the Call-ID owner, 0 to 2 s for the other side.",
            "A 491 loop means one side retries too soon or never clears its own request.",
        },
        .send_when = "Send 491 to an offer received while your own offer in the dialog is pending.",
        .sources = "RFC 3261 §21.4.27, §14.1, §14.2; RFC 3311 §5.2, §5.3",
    },
    {
        .code = 493,
        .brief = "the receiver cannot decrypt the request's S/MIME body",
        .explanation = {
            "The request carried an encrypted MIME body that the UAS cannot or will not decrypt.",
            "The 493 may carry a body with the public key to use for this UA.",
        },
        .when = {
            "Rare: end-to-end S/MIME between UAs, with an old or wrong certificate for the callee.",
            "A device that was reset and lost its private key.",
        },
        .fix = {
            "Check which certificate encrypted the body, and use the callee's current one.",
            "Use the key in the 493 body, if any, or send without encryption if policy allows.",
        },
        .send_when = "Send 493 for an encrypted body you cannot decrypt, with your public key if you can.",
        .sources = "RFC 3261 §21.4.28, §23.2",
    },
    {
        .code = 494,
        .brief = "a security mechanism must be agreed first",
        .explanation = {
            "A server using sec-agree got an unprotected request that demanded sec-agree.",
            "It must list the mechanisms it offers, such as tls or ipsec-ike, in Security-Server.",
            "It also sends 494 when Security-Verify shows that the lists were tampered with.",
        },
        .when = {
            "A UA sending Security-Client with Require or Proxy-Require: sec-agree, unprotected.",
            "A later request whose Security-Verify does not match the server's list.",
        },
        .fix = {
            "Read Security-Server and set up the preferred mechanism that both sides list.",
            "Resend over it, with Security-Verify echoing the server's list exactly.",
            "In IMS the P-CSCF usually sends Security-Server in a 401 instead.",
        },
        .send_when = "Send 494 with Security-Server to an unprotected request requiring sec-agree.",
        .sources = "RFC 3329 §2.3.1, §2.4; practice: IMS P-CSCFs (3GPP TS 33.203) send "
                   "Security-Server in the 401",
    },
    {
        .code = 500,
        .brief = "the server failed while handling the request",
        .explanation = {
            "The server hit an unexpected condition and could not complete the request.",
            "It does not say the request was wrong; the client may retry after some seconds.",
            "RFC rules also use it for an in-dialog request with a CSeq below the last one seen.",
            "And for an INVITE or UPDATE from a peer whose previous one is still unanswered.",
        },
        .when = {
            "A PBX script, database or back-end fault, or a registrar failing to store bindings.",
            "500 Request out of order: a late or reordered request in a dialog.",
            "A peer sending a new re-INVITE before its previous one was answered.",
            "A proxy whose only answer from downstream was a 503 sends 500 upstream instead.",
        },
        .fix = {
            "Read the reason phrase, Warning and Retry-After, then the sender's logs at that time.",
            "Out of order: compare this request's CSeq with the last one sent in that direction.",
            "Overlapping INVITEs or UPDATEs: the UAC waits Retry-After (0-10 s) and resends.",
            "Unlike 491, the UAC's own earlier request is the one still unanswered.",
        },
        .send_when = "Send 500 for an internal fault or an out-of-order CSeq; 503 when overloaded.",
        .sources = "RFC 3261 §21.5.1, §10.3, §12.2.2, §14.2, §16.7; RFC 3311 §5.2",
    },
    {
        .code = 501,
        .brief = "the server does not implement what the request needs",
        .explanation = {
            "The server does not support what the request needs, usually an unknown method.",
            "Unlike 405, the method is not known there at all.",
            "Proxies forward any method, so a 501 comes from a UAS, PBX, B2BUA or gateway.",
        },
        .when = {
            "UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE to a device that lacks the method.",
            "INFO DTMF or a REFER transfer toward an old gateway, or Q.850 cause 29 or 79.",
        },
        .fix = {
            "Check Allow in an OPTIONS reply or in the INVITE's 200 for the methods supported.",
            "Fall back: re-INVITE for UPDATE, RTP events for INFO DTMF, a server-side transfer.",
        },
        .send_when = "Send 501 for a method you do not know at all; 405 with Allow for a known one.",
        .sources = "RFC 3261 §21.5.2, §21.4.6, §16.3, §11.2; RFC 3398 §7.2.4.1",
    },
    {
        .code = 502,
        .brief = "the next server gave the gateway an invalid response",
        .explanation = {
            "Acting as a gateway or proxy, the server got an invalid response from the next server.",
            "The fault lies past the sender of the 502, on the next leg.",
        },
        .when = {
            "A B2BUA or SBC that cannot parse or accept the far end's reply.",
            "A gateway whose PSTN side reports Q.850 cause 27 (destination out of order).",
        },
        .fix = {
            "Find the next leg in the capture and inspect its response for errors.",
            "Look for malformed headers, missing tags or a wrong Content-Length.",
            "Check the gateway's logs and the far end's health and routing.",
        },
        .send_when = "Send 502 when the next server's response was invalid and cannot be relayed.",
        .sources = "RFC 3261 §21.5.3; RFC 3398 §7.2.4.1",
    },
    {
        .code = 503,
        .brief = "the server cannot take the request now",
        .explanation = {
            "The server is temporarily unable to process the request: overload or maintenance.",
            "Retry-After says how long; without it the client acts as on 500.",
            "A client should try an alternate server and avoid this one for the Retry-After time.",
            "A UAC also reports a fatal transport error, such as ICMP unreachable, as 503.",
        },
        .when = {
            "A carrier trunk over its call rate or channel limit, or a server in maintenance.",
            "A proxy whose gateways are all down, or a failed TCP or TLS connection to a next hop.",
            "Gateways relaying Q.850 causes such as 34, 38, 41, 42 or 47.",
        },
        .fix = {
            "Read Retry-After and any Reason header.",
            "Tell a 503 from the far end from one made locally after a failed next hop.",
            "Check failover: DNS SRV records and alternate gateways or trunks.",
            "Check the trunk's limits, calls per second and channels, with the provider.",
        },
        .send_when = "Send 503 with Retry-After when overloaded; do not relay a downstream 503.",
        .sources = "RFC 3261 §21.5.4, §8.1.3.1, §16.7, §16.9, §20.33; RFC 3398 §7.2.4.1",
    },
    {
        .code = 504,
        .brief = "the server could not get an answer it needed in time",
        .explanation = {
            "A server it consulted, such as DNS, ENUM, a location service or AAA, was too slow.",
            "An RFC 3261 proxy reports a silent next SIP hop with 408, not 504.",
            "Some B2BUAs and SBCs map a silent next hop to 504: that is vendor practice.",
            "A UAS also answers an UPDATE with 504 when only its user could approve the change.",
        },
        .when = {
            "Slow ENUM, LNP or DNS lookups, or a stalled Diameter or database query.",
            "A gateway relaying Q.850 cause 102 (recovery on timer expiry).",
            "About 32 s after the request: usually a B2BUA's own Timer B on its next leg.",
        },
        .fix = {
            "Find what the sender of the 504 waited for: a lookup, or its next SIP leg.",
            "Check the latency of DNS, ENUM, LNP and AAA servers against the sender's timers.",
            "If a B2BUA timed out on its next leg, troubleshoot that leg as for 408.",
        },
        .send_when = "Send 504 when an external server you consulted timed out; 408 for a silent hop.",
        .sources = "RFC 3261 §21.5.5, §16.6, §16.7, §17.1.1; RFC 3311 §5.2; RFC 3398 §7.2.4.1; "
                   "practice: B2BUAs and SBCs map next-hop timeouts to 504",
    },
    {
        .code = 505,
        .brief = "the server does not support the request's SIP version",
        .explanation = {
            "The server does not support, or refuses, the SIP version of the request line.",
            "SIP elements today speak only SIP/2.0.",
        },
        .when = {
            "A hand-written test or SIPp scenario with a wrong version string.",
            "A corrupted request line, or a middlebox that mangled the first line.",
        },
        .fix = {
            "Check that the request line and every Via read exactly SIP/2.0.",
            "Compare the message before and after each middlebox to find which one changed it.",
        },
        .send_when = "Send 505 when the request line names a version other than SIP/2.0.",
        .sources = "RFC 3261 §21.5.6, §7.1, §8.1.1.7",
    },
    {
        .code = 513,
        .brief = "the whole request is larger than the server can handle",
        .explanation = {
            "The server could not process the request because the message was too long for it.",
            "A request within 200 bytes of the MTU, or over 1300 bytes if unknown, must not use UDP.",
        },
        .when = {
            "INVITEs with long SDP: many codecs, ICE candidates, video.",
            "Many Via or Record-Route headers after several SBCs, or large multipart bodies.",
            "A fragmented UDP request that the server will not reassemble.",
        },
        .fix = {
            "Check the message size and any IP fragments in the capture.",
            "Trim codecs, candidates and needless headers, or move the trunk to TCP or TLS.",
            "Check the server's maximum message size setting.",
        },
        .send_when = "Send 513 when the message exceeds what you can process; 413 for the body alone.",
        .sources = "RFC 3261 §21.5.7, §18.1.1, §21.4.11; "
                   "practice: servers often refuse to reassemble UDP fragments",
    },
    {
        .code = 555,
        .brief = "push notifications of that kind are not supported",
        .explanation = {
            "The network cannot wake this UA through the push service it named in pn-provider.",
            "Without pn-provider, it means the network supports no push service at all.",
            "A proxy may send it to a REGISTER only if no other proxy supports that service.",
        },
        .when = {
            "A mobile softphone registering with pn-provider, pn-param and pn-prid parameters.",
            "An app asking for one push service from a server set up only for another.",
        },
        .fix = {
            "Check pn-provider in the REGISTER Contact against the push services offered.",
            "A REGISTER without pn-prid asks what exists: Feature-Caps sip.pns in the 2xx says.",
            "Enable that provider on the server, or register without push parameters.",
        },
        .send_when = "Send 555 to a push REGISTER only if no proxy on the path supports that service.",
        .sources = "RFC 8599 §4.1.5, §5.4, §5.6.1",
    },
    {
        .code = 580,
        .brief = "the preconditions of the offer cannot be met",
        .explanation = {
            "The UAS cannot or will not meet the preconditions, usually QoS, of the offer.",
            "It answers the INVITE or UPDATE that carried the offer.",
            "Its SDP shows which desired status failed; it is not an answer and sets up no media.",
        },
        .when = {
            "VoLTE or VoNR calls whose dedicated voice bearer could not be set up.",
            "A mandatory a=des line the callee cannot satisfy, or a precondition type it lacks.",
        },
        .fix = {
            "In the 580's SDP, find the a=des line with the strength failure or unknown.",
            "It names the precondition type, the direction and the segment that failed.",
            "Then check bearer setup (PCRF or PCF logs) and support for Require: precondition.",
        },
        .send_when = "Send 580 when you cannot meet the offer's preconditions; mark the failed a=des.",
        .sources = "RFC 3312 §8, §9, §11; practice: IMS bearer setup failures end in 580",
    },
    {
        .code = 600,
        .brief = "the callee is busy and no other device will answer",
        .explanation = {
            "The callee's end system was reached; the callee is busy and will not take the call.",
            "It is sent only when no other end point, voicemail included, would answer.",
            "As a 6xx it makes a forking proxy cancel its other branches.",
            "Retry-After may give a better time to call.",
        },
        .when = {
            "A hosted PBX or application server that finds every device of the user busy.",
            "A proxy that got 486 on every branch and returns 600.",
            "Phones or softswitches set to answer busy with 600 instead of 486.",
        },
        .fix = {
            "A normal outcome if the user is busy; read Retry-After for a better time.",
            "If the user has idle devices, find why 600 was sent: it stops the other forks.",
        },
        .send_when = "Send 600 only when no device or voicemail of the user can answer; else 486.",
        .sources = "RFC 3261 §21.6.1, §13.3.1.3, §16.7, §20.33; RFC 4412 §4.6.6",
    },
    {
        .code = 603,
        .brief = "the callee or a service acting for them declined",
        .explanation = {
            "The callee's device was reached, but the user does not wish to or cannot take part.",
            "It is sent only when no other end point would answer, and gives no reason.",
            "As a 6xx it stops a forking proxy from trying the user's other devices.",
            "Retry-After may give a better time to call.",
        },
        .when = {
            "The user pressed Decline, or DND or a rejection rule answers 603.",
            "A blocklist, a notifier refusing a subscription, or a carrier's policy rejection.",
            "A 603 within milliseconds of the INVITE, before any 180, is automatic.",
        },
        .fix = {
            "A normal outcome if the user declined.",
            "If nobody declined, check the DND, rejection and blocklist settings.",
            "Read Server and Via to see which element sent it.",
        },
        .send_when = "Send 603 when the user declines on every device; 486 for one busy device.",
        .sources = "RFC 3261 §21.6.2, §16.7, §20.33; RFC 6665 §4.2.1.3; "
                   "practice: automatic rejections come before any 180",
    },
    {
        .code = 604,
        .brief = "the user is known not to exist anywhere",
        .explanation = {
            "A server with authoritative information says the user exists nowhere.",
            "Unlike 404, the answer covers every location, so forking stops.",
            "A home proxy or redirect server with a number database sends it, never a registrar.",
        },
        .when = {
            "A disconnected or never-assigned number checked in an authoritative database.",
            "A PBX set to answer unknown extensions with 604, or a typo in digits or domain.",
        },
        .fix = {
            "Verify the number or URI: typos, prefix, E.164 form, porting or disconnection.",
            "Check the number translation before the hop that answered.",
            "The same request will fail again anywhere.",
        },
        .send_when = "Send 604 only with authoritative knowledge; a registrar never sends 6xx.",
        .sources = "RFC 3261 §21.6, §21.6.3, §10.3, §16.7",
    },
    {
        .code = 606,
        .brief = "the offered session is unacceptable on any device",
        .explanation = {
            "The user's agent was reached, but parts of the session offer are not acceptable.",
            "Media, bandwidth or addressing may be the problem, and no other device would do.",
            "Warning headers may list the reasons, and a body the media that is supported.",
        },
        .when = {
            "Rarer than 488: an offer with only media the user's service cannot handle.",
            "A UA or server that answers for all of the user's devices.",
        },
        .fix = {
            "Read the Warning headers for the refused item, such as codes 304, 305 or 370.",
            "Change the offer: add a common codec, audio, or matching RTP or SRTP.",
            "Since a 6xx stops forking, ask why the sender did not use 488.",
        },
        .send_when = "Send 606 only if no device of the user could accept the session; else 488.",
        .sources = "RFC 3261 §21.6.4, §20.43, §16.7",
    },
    {
        .code = 607,
        .brief = "the called user marked the call as unwanted",
        .explanation = {
            "The called party rejected the call or message as unwanted, such as a robocall.",
            "A person decided it through their UA, unlike with 608.",
            "Intermediaries may use it to label or block later calls from that caller.",
        },
        .when = {
            "A user pressing a report-spam or block button, mostly on consumer and mobile networks.",
            "Registrars show they handle 607 with sip.607 in Feature-Caps of the REGISTER reply.",
        },
        .fix = {
            "For the callee, nothing to fix.",
            "A legitimate caller should check its number's reputation and STIR/SHAKEN attestation.",
            "Reach the callee by other means if the call was wanted.",
        },
        .send_when = "Send 607 when the user marks a call unwanted; an intermediary sends 608.",
        .sources = "RFC 8197 §4, §5.2; RFC 8688 §1",
    },
    {
        .code = 608,
        .brief = "an intermediary, not the callee, rejected the call",
        .explanation = {
            "A network element, often a call-analytics engine, rejected the call as unwanted.",
            "No person decided, unlike with 607; the callee's phone usually never rang.",
            "It must carry Call-Info with purpose=jwscard, a signed jCard to contest the block.",
            "As a 6xx it stops forking.",
        },
        .when = {
            "Calls from dialers, new numbers or weakly attested calls blocked by analytics.",
        },
        .fix = {
            "Read Call-Info purpose=jwscard: the jCard names whom to contact about the block.",
            "Check the jCard's iat claim: a caller must reject expired ones.",
            "Then check the number's reputation, analytics registrations and attestation.",
        },
        .send_when = "Send 608 from an intermediary that blocks a call, with a signed jCard.",
        .sources = "RFC 8688 §1, §3.1, §3.2, §3.3",
    },
};

const size_t sx_response_texts_count = sizeof sx_response_texts / sizeof sx_response_texts[0];

/*
 * How to read the headers that carry the answer. {value} is the header's
 * value as read (for Retry-After, Expires, Min-Expires and Min-SE the number
 * of seconds), {code} the status code. .absent where the RFC makes the header
 * mandatory in that response, or where without it the response leaves the
 * client nothing to act on (a redirect without Contact, RFC 3261 §8.1.3.4).
 */
const sx_answer_text sx_answer_texts[] = {
    { 199, "Reason",
      "Reason {value}: the code that ended the early dialog of this To tag.",
      "This 199 lacks the Reason it must carry.",
      "RFC 6228 §5, §6" },
    { 204, "Expires",
      "The subscription lasts {value} s more; no NOTIFY comes for this request.",
      NULL,
      "RFC 5839 §5.6, §6.3" },
    { 300, "Contact",
      "Contact {value}: one of the addresses to choose from, best q-value first.",
      "This 300 has no Contact: it offers no address to choose, so the call fails.",
      "RFC 3261 §21.3.1, §8.1.3.4" },
    { 301, "Contact",
      "Contact {value}: the new permanent address; retry there.",
      "This 301 has no Contact: it names no new address, so the call fails.",
      "RFC 3261 §21.3.2, §8.1.3.4" },
    { 302, "Contact",
      "Contact {value}: retry the request at this address.",
      "This 302 has no Contact: it names no address to retry at, so the call fails.",
      "RFC 3261 §21.3.3, §8.1.3.4" },
    { 302, "Expires",
      "The new address stays valid for {value} s.",
      NULL,
      "RFC 3261 §21.3.3" },
    { 305, "Contact",
      "Contact {value}: resend this one request through that proxy.",
      "This 305 has no Contact, so it names no proxy to resend through.",
      "RFC 3261 §21.3.4" },
    { 380, "Content-Type",
      "The alternative services are described in the {value} body.",
      NULL,
      "RFC 3261 §21.3.5" },
    { 401, "WWW-Authenticate",
      "The challenge is {value}; answer it in Authorization, with that realm's password.",
      "This 401 lacks the WWW-Authenticate challenge it must carry.",
      "RFC 3261 §22.2" },
    { 405, "Allow",
      "The target accepts these methods: {value}.",
      "This 405 lacks the Allow header it must carry.",
      "RFC 3261 §21.4.6, §8.2.1" },
    { 407, "Proxy-Authenticate",
      "The challenge is {value}; answer it in Proxy-Authorization, with that realm's password.",
      "This 407 lacks the Proxy-Authenticate challenge it must carry.",
      "RFC 3261 §22.3" },
    { 413, "Retry-After",
      "The size limit is temporary: the request may be resent after {value} s.",
      NULL,
      "RFC 3261 §21.4.11, §20.33" },
    { 415, "Accept",
      "Resend with a body of one of these types: {value}.",
      NULL,
      "RFC 3261 §21.4.13, §8.2.3, §8.1.3.5" },
    { 415, "Accept-Encoding",
      "Resend with the body in one of these encodings: {value}.",
      NULL,
      "RFC 3261 §21.4.13, §8.2.3, §8.1.3.5" },
    { 415, "Accept-Language",
      "Resend with the body in one of these languages: {value}.",
      NULL,
      "RFC 3261 §21.4.13, §8.2.3, §8.1.3.5" },
    { 417, "Accept-Resource-Priority",
      "Resource-Priority values accepted here: {value}.",
      NULL,
      "RFC 4412 §4.6.2, §4.7.1" },
    { 420, "Unsupported",
      "Not supported here: {value}; resend without them in Require or Proxy-Require.",
      "This 420 lacks the Unsupported list it must carry.",
      "RFC 3261 §21.4.15, §8.1.3.5" },
    { 421, "Require",
      "The server needs these extensions listed in Supported: {value}.",
      "This 421 lacks the Require list it must carry.",
      "RFC 3261 §21.4.16" },
    { 422, "Min-SE",
      "Resend with a Session-Expires and a Min-SE of at least {value} s.",
      "This 422 lacks the Min-SE it must carry.",
      "RFC 4028 §6, §7.4" },
    { 423, "Min-Expires",
      "Resend with an Expires of at least {value} s.",
      "This 423 lacks the Min-Expires it must carry.",
      "RFC 3261 §10.2.8, §10.3" },
    { 424, "Geolocation-Error",
      "Geolocation-Error {value}: the code says why the location was unusable.",
      "This 424 lacks the Geolocation-Error it must carry.",
      "RFC 6442 §4.3, §4.4" },
    { 425, "AlertMsg-Error",
      "AlertMsg-Error {value}: the code says what is wrong with the alert message.",
      "This 425 lacks the AlertMsg-Error it must carry.",
      "RFC 8876 §5.1, §5.2" },
    { 469, "Recv-Info",
      "Info Packages the peer accepts in this dialog: {value} (empty means none).",
      "This 469 lacks the Recv-Info it must carry.",
      "RFC 6086 §4.2.2" },
    { 470, "Permission-Missing",
      "No consent yet from: {value}.",
      NULL,
      "RFC 5360 §5.9.2, §5.9.3" },
    { 480, "Retry-After",
      "The callee may be reachable again in {value} s.",
      NULL,
      "RFC 3261 §21.4.18, §20.33" },
    { 485, "Contact",
      "Contact {value}: one of the candidates; retry with the right one.",
      NULL,
      "RFC 3261 §21.4.23" },
    { 486, "Retry-After",
      "The callee may be free again in {value} s.",
      NULL,
      "RFC 3261 §21.4.24, §20.33" },
    { 488, "Warning",
      "Warning {value}: why the target did not accept the request.",
      NULL,
      "RFC 3261 §21.4.26, §13.3.1.3, §20.43" },
    { 489, "Allow-Events",
      "Event packages supported here: {value}.",
      NULL,
      "RFC 6665 §8.2.2, §8.3.2" },
    { 494, "Security-Server",
      "Mechanisms the server offers: {value}; use one that both sides list.",
      "This 494 lacks the Security-Server list it must carry.",
      "RFC 3329 §2.3.1" },
    { 500, "Retry-After",
      "The request may be sent again after {value} s.",
      NULL,
      "RFC 3261 §21.5.1, §14.2; RFC 3311 §5.2" },
    { 503, "Retry-After",
      "Use another server now, and send nothing to this one for {value} s.",
      NULL,
      "RFC 3261 §21.5.4, §20.33" },
    { 600, "Retry-After",
      "The callee may take calls again in {value} s.",
      NULL,
      "RFC 3261 §21.6.1, §20.33" },
    { 603, "Retry-After",
      "The callee suggests calling again in {value} s.",
      NULL,
      "RFC 3261 §21.6.2, §20.33" },
    { 606, "Warning",
      "Warning {value}: what in the session offer was not acceptable.",
      NULL,
      "RFC 3261 §21.6.4, §20.43" },
    { 608, "Call-Info",
      "Call-Info {value}: the signed jCard names whom to contact about the block.",
      "This 608 has no Call-Info, which is allowed only if the caller seems malicious.",
      "RFC 8688 §3.1, §3.2" },
};

const size_t sx_answer_texts_count = sizeof sx_answer_texts / sizeof sx_answer_texts[0];
