/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The context texts in English: per method and state of the exchange,
 * look-alike codes, Q.850 causes, Warning codes and situations. Each entry
 * matches the facts of context.c by key; see texts.h for the form.
 */
#include "context.h"

const sx_context_text sx_context_texts[] = {
    {
        .key = "200.INVITE.initial",
        .text = {
            "The callee answered this new call; the 200 holds the SDP answer, or the offer if the INVITE had none.",
            "The caller must ACK it: a repeated 200 means the ACK is not arriving; check the Contact and Record-Route it uses.",
        },
        .sources = "",
    },
    {
        .key = "200.INVITE.in_dialog",
        .text = {
            "The peer accepted this re-INVITE and the new SDP now applies: hold or resume (sendonly, inactive, sendrecv), a codec or address change, or a session-timer refresh (see Session-Expires).",
            "An ACK must still follow.",
        },
        .sources = "",
    },
    {
        .key = "200.INVITE.any",
        .text = {
            "The INVITE was answered.",
            "Without the request in the capture it cannot be told whether this is a new call or a re-INVITE.",
            "Either way an ACK with the same Call-ID and CSeq number must follow.",
        },
        .sources = "",
    },
    {
        .key = "200.REGISTER.deregister",
        .text = {
            "The registrar removed the bindings this REGISTER dropped (Expires: 0, or Contact: * for all).",
            "Any Contact still listed in the 200 is a binding that remains, often another device of the same AOR.",
        },
        .sources = "",
    },
    {
        .key = "200.REGISTER.any",
        .text = {
            "The registrar accepted the REGISTER.",
            "Contact lists every current binding of the AOR with its expires, maybe shorter than asked; refresh before it runs out.",
            "No Contact at all means no binding is left.",
        },
        .sources = "",
    },
    {
        .key = "200.SUBSCRIBE.any",
        .text = {
            "The subscription was accepted or refreshed, and a NOTIFY with Subscription-State must follow at once.",
            "Expires here is the time granted, maybe shorter than asked; Expires: 0 ends it with a final NOTIFY.",
        },
        .sources = "",
    },
    {
        .key = "200.NOTIFY.any",
        .text = {
            "The subscriber took this NOTIFY and its event state.",
            "If the NOTIFY said Subscription-State: terminated, the subscription ends here; otherwise it stays active until the expires given in that header.",
        },
        .sources = "",
    },
    {
        .key = "200.BYE.any",
        .text = {
            "The dialog is over: the peer accepted the BYE, and RTP should now stop both ways.",
            "Why the call ended is in the BYE itself (which side sent it, any Reason header), not in this 200.",
        },
        .sources = "",
    },
    {
        .key = "200.CANCEL.any",
        .text = {
            "The CANCEL was received, nothing more: the INVITE still ends with its own final response, normally 487.",
            "If a 200 to the INVITE crossed the CANCEL, the call was answered and must be ACKed and ended with BYE.",
        },
        .sources = "",
    },
    {
        .key = "200.OPTIONS.any",
        .text = {
            "The target is reachable; Allow, Accept and Supported list what it handles.",
            "Often a keepalive or trunk qualify ping: check the response time and which host (proxy, SBC or the UA) answered.",
        },
        .sources = "",
    },
    {
        .key = "200.MESSAGE.any",
        .text = {
            "The MESSAGE reached the recipient's UA or a message store.",
            "This is no read receipt and does not prove the user saw it; IMDN (RFC 5438) is needed for delivery or read notices.",
        },
        .sources = "",
    },
    {
        .key = "200.PUBLISH.any",
        .text = {
            "The event state was stored.",
            "Keep this 200's SIP-ETag and send it in SIP-If-Match to refresh, modify or remove that state; Expires gives the time granted, to refresh before it ends.",
        },
        .sources = "",
    },
    {
        .key = "200.REFER.any",
        .text = {
            "The REFER was accepted and the Refer-To target will be tried.",
            "NOTIFYs with Event: refer and a message/sipfrag body (such as SIP/2.0 180 Ringing) report progress, unless Refer-Sub: false was agreed.",
        },
        .sources = "",
    },
    {
        .key = "200.UPDATE.any",
        .text = {
            "The peer accepted the UPDATE, so any SDP in it applies now, before or after the answer; unlike a re-INVITE, no ACK follows.",
            "An UPDATE without SDP is usually a session-timer refresh.",
        },
        .sources = "",
    },
    {
        .key = "200.PRACK.any",
        .text = {
            "The PRACK was accepted: the reliable 1xx it names in RAck (RSeq) stops being retransmitted.",
            "The INVITE itself is still pending until its own final response arrives.",
        },
        .sources = "",
    },
    {
        .key = "200.INFO.any",
        .text = {
            "The UA accepted the INFO content for its Info-Package (DTMF, for example); that says it was received, not acted on.",
            "For DTMF, compare the digits in the bodies with what the far end reports.",
        },
        .sources = "",
    },
    {
        .key = "200.other.any",
        .text = {
            "The request named in CSeq succeeded.",
            "If it is not in the capture, find it by Call-ID and CSeq number to see what was asked; a 200 confirms only that request, not the dialog as a whole.",
        },
        .sources = "",
    },
    {
        .key = "202.SUBSCRIBE.any",
        .text = {
            "This notifier follows RFC 3265, where 202 meant accepted but not yet authorized.",
            "A NOTIFY must still follow at once; Subscription-State: pending there means authorization is still awaited.",
        },
        .sources = "",
    },
    {
        .key = "202.REFER.any",
        .text = {
            "The usual answer to REFER: the transfer will be tried, not that it worked.",
            "A final NOTIFY whose sipfrag is SIP/2.0 200 OK, with Subscription-State: terminated, means the new call was answered.",
        },
        .sources = "",
    },
    {
        .key = "202.other.any",
        .text = {
            "The server took the request but has not acted on it yet, so success is still unknown.",
            "Treat it as 200 for the transaction; to MESSAGE it often means a gateway or store will deliver it later.",
        },
        .sources = "",
    },
    {
        .key = "401.REGISTER.no_credentials",
        .text = {
            "Normal first step: the registrar challenges a REGISTER sent without Authorization.",
            "A new REGISTER with a higher CSeq and credentials for this realm and nonce should follow; if none does, the client has none set.",
        },
        .sources = "",
    },
    {
        .key = "401.REGISTER.credentials_sent",
        .text = {
            "The registrar refused the credentials in this REGISTER, unless the new challenge says stale=true (nonce expired, retry is normal).",
            "Check that the Authorization realm and nonce match the last challenge.",
        },
        .sources = "",
    },
    {
        .key = "401.REGISTER.any",
        .text = {
            "Without the REGISTER in the capture, it cannot be told whether this is the usual first challenge or a refusal of credentials.",
            "A later REGISTER in the same Call-ID with Authorization getting 200 shows all is well.",
        },
        .sources = "",
    },
    {
        .key = "401.INVITE.no_credentials",
        .text = {
            "Normal where calls need digest auth: the UAS or PBX challenges this INVITE.",
            "The caller must ACK the 401, then resend the INVITE with Authorization and a higher CSeq in the same Call-ID.",
        },
        .sources = "",
    },
    {
        .key = "401.INVITE.credentials_sent",
        .text = {
            "The credentials in this INVITE were not accepted.",
            "If it carried only Proxy-Authorization or another realm, this is a new challenge to answer; with stale=true just retry; else check the auth user and password.",
        },
        .sources = "",
    },
    {
        .key = "401.INVITE.any",
        .text = {
            "Without the INVITE in the capture, it is unknown whether this is the normal first challenge or a refusal of credentials.",
            "An ACK, then a new INVITE with Authorization in the same Call-ID, shows it was answered.",
        },
        .sources = "",
    },
    {
        .key = "401.other.no_credentials",
        .text = {
            "Normal first answer: the server wants digest credentials for this method.",
            "The client should resend it with Authorization and a higher CSeq; a client that gives up here has no credentials set for it.",
        },
        .sources = "",
    },
    {
        .key = "401.other.credentials_sent",
        .text = {
            "The credentials sent were refused or answer another realm's challenge. stale=true asks only for a retry with the new nonce; otherwise compare realm and username with those of a REGISTER that succeeds.",
        },
        .sources = "",
    },
    {
        .key = "401.other.any",
        .text = {
            "A digest challenge; without the request in the capture it cannot be told whether credentials were sent.",
            "The same method resent with Authorization and a higher CSeq, then answered 2xx, shows it was met.",
        },
        .sources = "",
    },
    {
        .key = "403.REGISTER.any",
        .text = {
            "The registrar will not let this client register this AOR: account disabled, auth user not allowed for the To user, or source IP or User-Agent blocked.",
            "New credentials will not help; back off before retrying.",
        },
        .sources = "",
    },
    {
        .key = "403.INVITE.any",
        .text = {
            "This call was refused by policy, usually at a proxy, PBX or carrier rather than by the callee.",
            "Find which hop sent it (Server, Via) and read any Reason header for a Q.850 cause such as 21 or 57.",
        },
        .sources = "",
    },
    {
        .key = "403.SUBSCRIBE.any",
        .text = {
            "The notifier will not let this subscriber watch the resource: BLF or presence rights missing, or the extension not in a monitor or pickup group.",
            "Resubscribing unchanged will fail; fix the rights on the server.",
        },
        .sources = "",
    },
    {
        .key = "403.MESSAGE.any",
        .text = {
            "The server refuses to relay or deliver this MESSAGE: messaging not enabled for the account, the recipient blocks the sender, or a spam or content filter.",
            "Check the account's messaging rights.",
        },
        .sources = "",
    },
    {
        .key = "403.other.any",
        .text = {
            "The server refuses this method for this sender or target by policy; resending it unchanged will fail.",
            "Check the account's rights for the method in CSeq and that this is the right server for it.",
        },
        .sources = "",
    },
    {
        .key = "404.REGISTER.any",
        .text = {
            "The registrar does not know the AOR in the To header, or does not serve the Request-URI domain.",
            "Check the username and the domain or realm set in the client against the account.",
        },
        .sources = "",
    },
    {
        .key = "404.INVITE.any",
        .text = {
            "No user matches the Request-URI where this 404 was made.",
            "Check whether the far end or a hop on the way sent it (Server, Via), and compare the Request-URI with To to see if a proxy rewrote the number.",
        },
        .sources = "",
    },
    {
        .key = "404.SUBSCRIBE.any",
        .text = {
            "The notifier has no resource for this Request-URI: for BLF, the watched extension does not exist or is not exposed; for MWI, the user has no mailbox.",
            "Check the URI set on each subscribed key.",
        },
        .sources = "",
    },
    {
        .key = "404.MESSAGE.any",
        .text = {
            "The recipient in the MESSAGE's Request-URI is unknown to this server or messaging service.",
            "Check its user and domain; a known user who is offline usually gets 480 instead.",
        },
        .sources = "",
    },
    {
        .key = "404.other.any",
        .text = {
            "The Request-URI names a user or resource this server does not know for this method.",
            "Compare it with the URI used by requests that succeed, such as the To of a working REGISTER.",
        },
        .sources = "",
    },
    {
        .key = "405.REGISTER.any",
        .text = {
            "The server that got this REGISTER is not a registrar for it, common when a trunk registers to a peer that authenticates by IP.",
            "Turn registration off for that trunk or point it to the real registrar.",
        },
        .sources = "",
    },
    {
        .key = "405.SUBSCRIBE.any",
        .text = {
            "The target takes no subscriptions at this URI: BLF, presence or MWI sent to a phone or trunk that offers none.",
            "Send them to the PBX or presence server; an unknown event package would give 489 instead.",
        },
        .sources = "",
    },
    {
        .key = "405.PUBLISH.any",
        .text = {
            "The target does not take PUBLISH, so no presence or state server serves it there.",
            "Publish to the presence server, or turn PUBLISH off in the client if the domain has none.",
        },
        .sources = "",
    },
    {
        .key = "405.UPDATE.any",
        .text = {
            "The peer does not allow UPDATE in this dialog.",
            "Use re-INVITE for session changes and have session timers refresh by re-INVITE; UPDATE should only be sent when the peer's Allow lists it.",
        },
        .sources = "",
    },
    {
        .key = "405.INFO.any",
        .text = {
            "The peer refuses INFO, so content sent that way, such as DTMF, is lost.",
            "Use RFC 4733 telephone-events or enable INFO on the peer; 469 would mean INFO is allowed but not this Info-Package.",
        },
        .sources = "",
    },
    {
        .key = "405.MESSAGE.any",
        .text = {
            "The target does not accept instant messages by MESSAGE, though it may still take calls.",
            "Send them through a messaging server, or turn messaging off in the client.",
        },
        .sources = "",
    },
    {
        .key = "405.other.any",
        .text = {
            "The method in CSeq is not allowed for this Request-URI.",
            "Inside a dialog the far UA refused it itself; outside one a proxy or PBX may have answered, so check Server before changing the UA.",
        },
        .sources = "",
    },
    {
        .key = "407.INVITE.no_credentials",
        .text = {
            "Normal first step: the proxy challenges a call sent without credentials.",
            "The caller ACKs this 407 and resends the INVITE with Proxy-Authorization and a higher CSeq; no resend means the UA has no account for this realm.",
        },
        .sources = "",
    },
    {
        .key = "407.INVITE.credentials_sent",
        .text = {
            "Challenged again despite credentials: stale=true in Proxy-Authenticate means only the nonce expired and a retry works.",
            "If the INVITE had only Authorization, this is a first challenge; else check user, realm, password.",
        },
        .sources = "",
    },
    {
        .key = "407.INVITE.any",
        .text = {
            "A proxy asks the caller to authenticate before routing the call.",
            "The INVITE is not in the capture, so whether it carried Proxy-Authorization is unknown: a first 407 is normal, one after credentials is a refusal.",
        },
        .sources = "",
    },
    {
        .key = "407.other.no_credentials",
        .text = {
            "A normal challenge: the proxy wants this request authenticated before forwarding it.",
            "Look for it resent with Proxy-Authorization; a UA that ignores a 407 to its BYE leaves the call up on the other side.",
        },
        .sources = "",
    },
    {
        .key = "407.other.credentials_sent",
        .text = {
            "The request carried credentials yet is challenged again: wrong user, password or realm, or an expired nonce (stale=true, a retry then works).",
            "If it carried only Authorization, this is the proxy's first challenge.",
        },
        .sources = "",
    },
    {
        .key = "407.other.any",
        .text = {
            "A proxy asks for authentication before forwarding this request.",
            "The request is not in the capture, so a first challenge (normal) cannot be told from a refusal of sent credentials; look for a resend.",
        },
        .sources = "",
    },
    {
        .key = "408.REGISTER.any",
        .text = {
            "No final answer to this REGISTER came in time from the registrar or a hop toward it, so the phone cannot tell if its binding was stored.",
            "Check the registrar's reachability (DNS/SRV, firewall, transport) and delays.",
        },
        .sources = "",
    },
    {
        .key = "408.INVITE.any",
        .text = {
            "A server on the path timed out waiting for the callee.",
            "Check what came back first: no 100 or 180 from the callee points at an unreachable Contact (NAT, firewall); ringing then 408 is a proxy's no-answer timer.",
        },
        .sources = "",
    },
    {
        .key = "408.BYE.any",
        .text = {
            "The BYE got no answer in time: the peer is gone or unreachable at the Contact of its 200 OK (private address, lost NAT binding).",
            "The call counts as ended anyway (RFC 3261 15.1.1); check that Contact and Record-Route.",
        },
        .sources = "",
    },
    {
        .key = "408.other.any",
        .text = {
            "No final answer came in time for this request.",
            "Inside a dialog the UAC should end the dialog (RFC 3261 12.2.1.2): check the peer's Contact and Record-Route; outside one, the Request-URI's route and DNS.",
        },
        .sources = "",
    },
    {
        .key = "412.PUBLISH.any",
        .text = {
            "The SIP-If-Match of this PUBLISH names a publication the server no longer holds, so the refresh or change was lost.",
            "Compare it with the SIP-ETag of the last 2xx, and the time since then with that 2xx's Expires.",
        },
        .sources = "",
    },
    {
        .key = "412.other.any",
        .text = {
            "Outside PUBLISH (RFC 3903) this code has no standard meaning: some condition the sender checked failed.",
            "Read the reason phrase, any Warning and the request's conditional headers to see which one.",
        },
        .sources = "",
    },
    {
        .key = "415.INVITE.any",
        .text = {
            "The call failed before offer/answer: the callee refused the body format itself, not its codecs (that would be 488).",
            "Compare the INVITE's Content-Type and Content-Encoding with this 415's Accept lists.",
        },
        .sources = "",
    },
    {
        .key = "415.MESSAGE.any",
        .text = {
            "The recipient cannot handle this MESSAGE's content type, e.g.",
            "CPIM, an is-composing notice or a file where it takes only plain text.",
            "The message was not delivered; resend it in a type listed in Accept.",
        },
        .sources = "",
    },
    {
        .key = "415.INFO.any",
        .text = {
            "The receiver does not take this INFO's body, often a DTMF format (application/dtmf-relay or application/dtmf) it lacks; an unknown Info-Package would get 469 instead.",
            "Agree on one format or use RFC 4733 events.",
        },
        .sources = "",
    },
    {
        .key = "415.other.any",
        .text = {
            "The receiver does not take this request's body in that type, encoding or language.",
            "A NOTIFY body must be a type listed in the SUBSCRIBE's Accept (or the package default); a PUBLISH body, one valid for its Event.",
        },
        .sources = "",
    },
    {
        .key = "420.INVITE.any",
        .text = {
            "No call was set up: this INVITE required an extension that the callee or a proxy lacks.",
            "Which device sent the 420 (Server header, source address) tells whether Require (callee) or Proxy-Require (proxy) is at fault.",
        },
        .sources = "",
    },
    {
        .key = "420.other.any",
        .text = {
            "This request required an extension the receiver lacks.",
            "Inside a dialog, compare its Require with the Supported the peer sent in the INVITE or 200, the only tags safe to require; outside one, check the UA's settings.",
        },
        .sources = "",
    },
    {
        .key = "422.INVITE.initial",
        .text = {
            "The new call was refused because its Session-Expires is below the Min-SE of the callee or a proxy.",
            "A compliant caller resends the INVITE at once with Session-Expires and Min-SE raised to that value; look for it.",
        },
        .sources = "",
    },
    {
        .key = "422.INVITE.in_dialog",
        .text = {
            "A session refresh or other re-INVITE asked for a Session-Expires below the peer's Min-SE.",
            "The call goes on for now; the refresher should retry with at least Min-SE before the session expires, or a BYE will end it.",
        },
        .sources = "",
    },
    {
        .key = "422.INVITE.any",
        .text = {
            "The INVITE's Session-Expires was below the Min-SE of the callee or a proxy.",
            "The INVITE is not in the capture, so a new call cannot be told from a session refresh; an earlier 200 with this Call-ID means a re-INVITE.",
        },
        .sources = "",
    },
    {
        .key = "422.UPDATE.any",
        .text = {
            "An UPDATE, usually a session refresh, asked for a Session-Expires below the peer's Min-SE.",
            "The dialog goes on unchanged; the refresher should retry with at least Min-SE before the current interval runs out.",
        },
        .sources = "",
    },
    {
        .key = "422.other.any",
        .text = {
            "Session timers (RFC 4028) apply only to INVITE and UPDATE, so a 422 to another method is not standard.",
            "Read its Min-SE and reason phrase, and check the sender's session-timer configuration.",
        },
        .sources = "",
    },
    {
        .key = "423.REGISTER.any",
        .text = {
            "The registrar refused this binding because the asked duration is below its minimum.",
            "Check both the Expires header and each Contact's expires parameter, which overrides it; a compliant phone retries at once.",
        },
        .sources = "",
    },
    {
        .key = "423.SUBSCRIBE.any",
        .text = {
            "The notifier wants a longer subscription than this SUBSCRIBE asked for.",
            "No new subscription is made; on a refresh the current one lasts until its old expiry.",
            "The subscriber should retry with at least Min-Expires.",
        },
        .sources = "",
    },
    {
        .key = "423.PUBLISH.any",
        .text = {
            "The presence server wants a longer Expires on this PUBLISH, so the state was not stored or refreshed.",
            "The publisher should retry with at least Min-Expires before its earlier publication, if any, lapses.",
        },
        .sources = "",
    },
    {
        .key = "423.other.any",
        .text = {
            "Code 423 and its Min-Expires header belong to REGISTER, SUBSCRIBE and PUBLISH, so a 423 to another method is unusual.",
            "Compare the request's Expires with the Min-Expires of the response and check the sender's policy.",
        },
        .sources = "",
    },
    {
        .key = "480.INVITE.any",
        .text = {
            "The call reached a server that knows the callee, but no device took it.",
            "Check what came first: no 18x often means no registered Contact; 180 then 480 usually a no-answer timeout.",
            "Reason may carry the Q.850 cause.",
        },
        .sources = "",
    },
    {
        .key = "480.MESSAGE.any",
        .text = {
            "The recipient is known but has no device able to take the message now, e.g. no IM client online.",
            "Unless a server on the path stores messages for offline users, it was not delivered; check the registrar's bindings.",
        },
        .sources = "",
    },
    {
        .key = "480.other.any",
        .text = {
            "The target of this request is known but not reachable now: for SUBSCRIBE or OPTIONS, usually no registered device behind the address.",
            "Check the registrar for a live binding and read Retry-After.",
        },
        .sources = "",
    },
    {
        .key = "481.BYE.any",
        .text = {
            "The peer knows no dialog for this BYE, usually because the call had already ended (crossing BYEs, a resent BYE, an expired session timer).",
            "Harmless then; if media still flows, compare Call-ID and tags with the 200 OK.",
        },
        .sources = "",
    },
    {
        .key = "481.CANCEL.any",
        .text = {
            "No pending INVITE matched this CANCEL: the INVITE already had a final answer or had not arrived, or the CANCEL differs in Via branch, Call-ID, tags or CSeq number.",
            "If a 200 follows, the caller must end it with BYE.",
        },
        .sources = "",
    },
    {
        .key = "481.INVITE.in_dialog",
        .text = {
            "The peer has no dialog matching this re-INVITE: it restarted, its session timer expired, or an SBC rewrote Call-ID or tags.",
            "The caller should end the call (RFC 3261 12.2.1.2); look for a BYE and the peer's last activity.",
        },
        .sources = "",
    },
    {
        .key = "481.INVITE.any",
        .text = {
            "The INVITE is not in the capture.",
            "To a re-INVITE this means the peer lost the dialog and the call should end; to a new INVITE with Replaces (attended transfer, pickup), the dialog to replace was not found.",
        },
        .sources = "",
    },
    {
        .key = "481.NOTIFY.any",
        .text = {
            "The subscriber knows no subscription for this NOTIFY: it expired, ended, or the phone restarted.",
            "The notifier then drops it, so BLF or MWI updates stop until the phone subscribes again; check its refresh timing.",
        },
        .sources = "",
    },
    {
        .key = "481.PRACK.any",
        .text = {
            "This PRACK matches no unacknowledged reliable provisional response: its RAck differs from the RSeq and CSeq of the pending 18x, or the INVITE already got its final answer.",
            "Compare RAck with the 18x it acknowledges.",
        },
        .sources = "",
    },
    {
        .key = "481.other.any",
        .text = {
            "The receiver has no dialog or transaction for this request: it ended or the peer restarted.",
            "Inside a dialog (UPDATE, INFO, REFER) the UAC should end it (RFC 3261 12.2.1.2); a SUBSCRIBE refresh needs a new SUBSCRIBE.",
        },
        .sources = "",
    },
    {
        .key = "486.INVITE.any",
        .text = {
            "The callee's device answered busy.",
            "It speaks for this device only: a forking proxy may still connect another contact of the user, while a 600 would stop them all.",
            "Reason with Q.850 cause 17 shows a busy PSTN side.",
        },
        .sources = "",
    },
    {
        .key = "486.other.any",
        .text = {
            "To OPTIONS, 486 means an INVITE would now get busy too (RFC 3261 11.2): the target is up but busy, not down.",
            "To other methods it says the user cannot take this request now; read Retry-After.",
        },
        .sources = "",
    },
    {
        .key = "487.INVITE.cancelled",
        .text = {
            "Normal, the expected end of a cancelled call: this closes the INVITE after the 200 to the CANCEL and gets an ACK.",
            "The CANCEL may come from the caller or a proxy (answered elsewhere, timer); its Via and Reason tell which.",
        },
        .sources = "",
    },
    {
        .key = "487.INVITE.not_cancelled",
        .text = {
            "No CANCEL for this INVITE is in the capture: it was cancelled upstream (forking proxy, B2BUA), ended by a BYE on the early dialog, or timed out.",
            "Read this 487's Reason header and look at the upstream leg.",
        },
        .sources = "",
    },
    {
        .key = "487.INVITE.any",
        .text = {
            "The call attempt was stopped before answer, normally by a CANCEL, which is a usual outcome.",
            "The INVITE is not in the capture, so no CANCEL could be tied to it; look for one with the same Call-ID and CSeq number.",
        },
        .sources = "",
    },
    {
        .key = "487.other.any",
        .text = {
            "A non-INVITE request was stopped by a CANCEL or by the end of its dialog before its final answer.",
            "This is rare, since such requests are answered at once; look for a CANCEL with the same Call-ID and CSeq number.",
        },
        .sources = "",
    },
    {
        .key = "488.INVITE.initial",
        .text = {
            "The new call failed at the offer: the callee, gateway or SBC could use none of the offered media.",
            "Compare the INVITE's m= lines, codecs, RTP/AVP vs RTP/SAVP and IP version with the callee's policy.",
        },
        .sources = "",
    },
    {
        .key = "488.INVITE.in_dialog",
        .text = {
            "The peer refused the change in this re-INVITE (hold, codec switch, T.38, video), but the call goes on with the previous session.",
            "Compare this offer with the last accepted SDP; a refused T.38 switch fails the fax.",
        },
        .sources = "",
    },
    {
        .key = "488.INVITE.any",
        .text = {
            "The INVITE's SDP offer was refused.",
            "It is not in the capture, so a failed new call cannot be told from a refused re-INVITE (the call then goes on unchanged); an earlier 200 with this Call-ID means a re-INVITE.",
        },
        .sources = "",
    },
    {
        .key = "488.UPDATE.any",
        .text = {
            "The peer refused the SDP offer in this UPDATE; the session stays as the last offer/answer left it (RFC 3311).",
            "Compare this offer with the last accepted SDP; in an early dialog the call setup can still go on.",
        },
        .sources = "",
    },
    {
        .key = "488.other.any",
        .text = {
            "Outside INVITE and UPDATE, 488 refuses something in the request at this target only, e.g. an offer carried in a PRACK or a body the receiver will not use.",
            "Read the Warning header and the reason phrase.",
        },
        .sources = "",
    },
    {
        .key = "489.SUBSCRIBE.any",
        .text = {
            "No subscription was made.",
            "Check the Event value and its parameters, and that the SUBSCRIBE reached the right server: e.g.",
            "MWI sent to a server without voicemail, or BLF to a PBX with the dialog package off.",
        },
        .sources = "",
    },
    {
        .key = "489.PUBLISH.any",
        .text = {
            "The presence server does not take publications for this Event package, so the state was not stored.",
            "Check which packages it accepts in PUBLISH (often only presence) and the client's Event and Content-Type.",
        },
        .sources = "",
    },
    {
        .key = "489.NOTIFY.any",
        .text = {
            "The subscriber refused a NOTIFY for a package it did not subscribe to, often an unsolicited one (check-sync, message-summary without SUBSCRIBE).",
            "Compare its Event, with any id, with the SUBSCRIBE or REFER.",
        },
        .sources = "",
    },
    {
        .key = "489.other.any",
        .text = {
            "Only SUBSCRIBE, NOTIFY and PUBLISH carry an Event package to refuse, so a 489 to another method is not standard.",
            "Read the reason phrase and any Allow-Events header to see what the sender meant.",
        },
        .sources = "",
    },
    {
        .key = "491.INVITE.in_dialog",
        .text = {
            "This re-INVITE crossed an offer the peer had pending on the same dialog; the session stays as it was.",
            "Look for the peer's crossing re-INVITE or UPDATE just before, and for this request's retry after a random delay.",
        },
        .sources = "",
    },
    {
        .key = "491.INVITE.any",
        .text = {
            "A 491 to an INVITE is nearly always re-INVITE glare: both ends changed the session at once, and the call goes on unchanged.",
            "The INVITE is not in the capture; look for a crossing request from the other side.",
        },
        .sources = "",
    },
    {
        .key = "491.UPDATE.any",
        .text = {
            "This UPDATE's offer crossed one still unanswered on the dialog: the peer's own UPDATE or re-INVITE, or an offer in a reliable 18x or PRACK (RFC 3311).",
            "The session is unchanged; a retry after a random delay should follow.",
        },
        .sources = "",
    },
    {
        .key = "491.other.any",
        .text = {
            "The glare code 491 belongs to offer/answer on INVITE and UPDATE; to another method, such as a PRACK carrying an offer, it still means an offer was already pending.",
            "Find which offer on the dialog was still unanswered.",
        },
        .sources = "",
    },
    {
        .key = "500.INVITE.in_dialog",
        .text = {
            "If an earlier INVITE from the same side on this dialog was still unanswered, RFC 3261 14.2 makes this 500 the rule, with Retry-After 0-10 s.",
            "Otherwise it is a fault at the peer; either way the session stays as it was.",
        },
        .sources = "",
    },
    {
        .key = "500.REGISTER.any",
        .text = {
            "The registrar failed on this REGISTER, e.g. in its binding database; RFC 3261 10.3 then has it apply none of the request's changes.",
            "Earlier bindings stay until they expire; check the registrar's back-end.",
        },
        .sources = "",
    },
    {
        .key = "500.other.any",
        .text = {
            "To an UPDATE it may be the RFC 3311 rule: its offer came while an earlier offer from the same side was unanswered (Retry-After 0-10 s).",
            "Otherwise a fault at the sender; a 500 inside a dialog does not end it.",
        },
        .sources = "",
    },
    {
        .key = "501.SUBSCRIBE.any",
        .text = {
            "The receiver does not implement SUBSCRIBE at all (489 would mean only the package is unknown), so BLF, MWI or presence cannot work through it.",
            "Point the phone's subscriptions at a server that offers them.",
        },
        .sources = "",
    },
    {
        .key = "501.REFER.any",
        .text = {
            "The receiver cannot do REFER, so this transfer was not started and the current call stays up.",
            "Fall back to a transfer done by the PBX or B2BUA; the Allow header of the INVITE or its 200 shows if REFER was offered.",
        },
        .sources = "",
    },
    {
        .key = "501.UPDATE.any",
        .text = {
            "The peer does not implement UPDATE, which should only be sent if it listed UPDATE in Allow.",
            "The session is unchanged; changes and session refreshes must use re-INVITE, or the session timer may end the call.",
        },
        .sources = "",
    },
    {
        .key = "501.other.any",
        .text = {
            "The receiver lacks this method (e.g.",
            "INFO, MESSAGE, PUBLISH, NOTIFY) or a function it needs.",
            "Inside a dialog only this request fails, not the call; compare with the Allow header the peer sent earlier.",
        },
        .sources = "",
    },
    {
        .key = "503.REGISTER.any",
        .text = {
            "The registrar, or a proxy in front of it, cannot serve this REGISTER now.",
            "The phone should honour Retry-After or fail over to the next DNS SRV target (RFC 3263); its old binding stays until it expires.",
        },
        .sources = "",
    },
    {
        .key = "503.INVITE.any",
        .text = {
            "The call was refused for capacity or routing: a trunk at its channel or call-rate limit, no usable gateway, a failed next hop.",
            "Proxies should not relay a 503 (RFC 3261 16.7), so the sender is usually the one stuck.",
        },
        .sources = "",
    },
    {
        .key = "503.OPTIONS.any",
        .text = {
            "An OPTIONS probe got 503: the peer is overloaded, in maintenance or cut off from its next hop, and many SBCs and proxies then mark it down and stop routing calls to it.",
            "Read Retry-After and check the peer's state.",
        },
        .sources = "",
    },
    {
        .key = "503.other.any",
        .text = {
            "The receiver or a hop toward it cannot serve this request now; without Retry-After it counts as 500.",
            "Inside a dialog only this request fails; check which hop of the route set sent it (Via, Server).",
        },
        .sources = "",
    },
    {
        .key = "504.INVITE.any",
        .text = {
            "The call failed in routing, not at the callee: a server on the path timed out on its next hop or a lookup.",
            "The delay from INVITE to 504 helps: about 32 s suggests Timer B on a silent hop, a few seconds a lookup timeout.",
        },
        .sources = "",
    },
    {
        .key = "504.REGISTER.any",
        .text = {
            "The registrar or proxy got no timely answer from a server it needs for this REGISTER, often an auth back-end (RADIUS, Diameter, database) or the real registrar behind an SBC.",
            "The old binding stays until it expires.",
        },
        .sources = "",
    },
    {
        .key = "504.other.any",
        .text = {
            "A server on the path waited in vain for another server while handling this request.",
            "To an UPDATE, RFC 3311 also uses 504 when the change would need the user's approval; such changes go in a re-INVITE.",
        },
        .sources = "",
    },
};

const sx_related_text sx_related_texts[] = {
    {
        301, 302,
        {
            "301 says the user moved for good, so callers may update stored addresses to the Contact; 302 says the Contact applies for now (this call or until Expires) and should not replace them.",
        },
        "",
    },
    {
        301, 305,
        {
            "301 gives the user's new permanent address in Contact; 305 gives a proxy in Contact, and the same request, Request-URI unchanged, must be sent again through that proxy.",
        },
        "",
    },
    {
        302, 301,
        {
            "302 is a temporary redirect: use the Contact for this call or until it expires, and keep the original address; 301 says the move is permanent and stored addresses may be updated.",
        },
        "",
    },
    {
        302, 305,
        {
            "302 gives new targets for the callee in Contact, so a new INVITE goes to them; 305 gives a proxy in Contact, and the same request is resent to the original target via that proxy.",
        },
        "",
    },
    {
        305, 301,
        {
            "305 names a proxy to go through, with the target unchanged; 301 names a new permanent address for the user itself, which callers may store in place of the old one.",
        },
        "",
    },
    {
        305, 302,
        {
            "305 names a proxy in Contact to resend this request through, Request-URI unchanged, and only a UAS may send it; 302 names new temporary targets that replace the Request-URI.",
        },
        "",
    },
    {
        401, 403,
        {
            "401 carries a WWW-Authenticate challenge, so resending with credentials is expected to work; 403 carries no challenge and the server refuses the request whatever credentials are sent.",
        },
        "",
    },
    {
        401, 407,
        {
            "401 comes from a registrar or UAS with WWW-Authenticate, answered with Authorization; 407 comes from a proxy with Proxy-Authenticate, answered with Proxy-Authorization.",
        },
        "",
    },
    {
        403, 401,
        {
            "403 carries no challenge: the server refuses the request and new credentials will not change that; 401 carries WWW-Authenticate and expects the request again with Authorization.",
        },
        "",
    },
    {
        403, 407,
        {
            "403 is a refusal with no challenge, e.g. a source IP not allowed or a barred destination; 407 carries a Proxy-Authenticate challenge, and the client resends with Proxy-Authorization.",
        },
        "",
    },
    {
        404, 410,
        {
            "404 says the user is not known here, with no word on whether that will last; 410 says the address existed on this server but was removed for good and no new address is known.",
        },
        "",
    },
    {
        404, 484,
        {
            "404 says the server looked the address up and found no such user; 484 says the address is too short to route, so resending it with more digits may work.",
        },
        "",
    },
    {
        404, 604,
        {
            "404 says the user is not found in this domain, and as a 4xx a proxy may still try other locations; 604 is an authoritative answer that the user exists nowhere, and it stops all forks.",
        },
        "",
    },
    {
        407, 401,
        {
            "407 comes from a proxy on the path, with Proxy-Authenticate, and the client resends with Proxy-Authorization; 401 comes from the registrar or UAS, with WWW-Authenticate.",
        },
        "",
    },
    {
        407, 403,
        {
            "407 carries a Proxy-Authenticate challenge and is normally followed by the request resent with Proxy-Authorization; 403 carries no challenge, and resending with credentials will not help.",
        },
        "",
    },
    {
        408, 480,
        {
            "408 means no final response came in time, often from a registered device that never answered at all; 480 means a server or device knows the user and says they are unavailable now.",
        },
        "",
    },
    {
        408, 504,
        {
            "408 means the request got no final response in time, and a UA also reports its own Timer B/F expiry as 408; 504 means a server got no timely answer from another server it relied on.",
        },
        "",
    },
    {
        410, 404,
        {
            "410 says the address existed here but was removed for good, so callers should drop it; 404 just says the user is not found, which may be temporary or a routing mistake.",
        },
        "",
    },
    {
        410, 484,
        {
            "410 says the full address once existed here but is gone for good; 484 says the address as dialed is too short to route, so adding digits may work.",
        },
        "",
    },
    {
        410, 604,
        {
            "410 comes from the server that used to host the address and says it was removed for good; 604 is an authoritative answer that the user exists nowhere, and as a 6xx it ends all forks.",
        },
        "",
    },
    {
        415, 488,
        {
            "415 says the body's Content-Type, encoding or language is not supported and lists the accepted ones in Accept headers; 488 says the SDP was read but its offered media is unacceptable.",
        },
        "",
    },
    {
        415, 606,
        {
            "415 is about the body's format and lists what the UAS takes in Accept headers; 606 says the SDP was read but the session it offers is unacceptable on any of the user's devices.",
        },
        "",
    },
    {
        480, 408,
        {
            "480 is a definite answer that the user is known but unavailable now (not registered, DND); 408 means no final answer came in time, e.g. from a registered phone that never responded.",
        },
        "",
    },
    {
        480, 486,
        {
            "480 means the callee cannot be reached now (not registered, DND, away); 486 means the callee's device was reached and is busy with other calls.",
            "Both may carry Retry-After.",
        },
        "",
    },
    {
        480, 504,
        {
            "480 says the callee is known but unavailable right now; 504 says a server timed out waiting for another server (next hop, DNS, database), so the callee's state is unknown.",
        },
        "",
    },
    {
        480, 600,
        {
            "480 says the user is not reachable right now and, as a 4xx, lets a proxy try other contacts; 600 says the user was found busy on every device and stops all forks.",
        },
        "",
    },
    {
        480, 603,
        {
            "480 says the user is unavailable, not that they refused; 603 says the callee was reached and declined the call, and as a 6xx it stops a proxy from trying other devices.",
        },
        "",
    },
    {
        480, 607,
        {
            "480 says the user cannot be reached at the moment and says nothing about the caller; 607 says the called user marked the call as unwanted, which may get later calls blocked.",
        },
        "",
    },
    {
        480, 608,
        {
            "480 comes from the callee's side: the user is known but not reachable now; 608 comes from an intermediary, such as a call-analytics engine, that rejected the call itself.",
        },
        "",
    },
    {
        481, 487,
        {
            "481 says the request matches no dialog or transaction, e.g. a BYE or CANCEL after the call ended; 487 is the INVITE's own final answer after a CANCEL stopped it in time.",
        },
        "",
    },
    {
        484, 404,
        {
            "484 says the address is incomplete and more digits would let it route, as in overlap dialing; 404 says the server looked the address up and found no such user.",
        },
        "",
    },
    {
        484, 410,
        {
            "484 says the address is too short to route, fixable by dialing more digits; 410 says the complete address once existed on this server but was removed for good.",
        },
        "",
    },
    {
        484, 604,
        {
            "484 says the number is too short to route, and a retry with more digits may succeed; 604 is an authoritative answer that the user exists nowhere, so no retry will help.",
        },
        "",
    },
    {
        486, 480,
        {
            "486 means the callee's device was reached and is busy with another call; 480 means the callee cannot be reached now (not registered, DND, away), not that the line is in use.",
        },
        "",
    },
    {
        486, 600,
        {
            "486 says only this device is busy, so a proxy may still try the user's other contacts; 600 says the user is busy everywhere and nothing else should be tried.",
        },
        "",
    },
    {
        486, 603,
        {
            "486 says the callee's device is busy and, as a 4xx, lets a proxy try other contacts or voicemail; 603 says the callee refused the call, and as a 6xx it ends all forks.",
        },
        "",
    },
    {
        486, 607,
        {
            "486 reports a busy line, says nothing about the caller and lets a proxy try other contacts; 607 says the called user marked this call as unwanted, which may get later calls blocked.",
        },
        "",
    },
    {
        486, 608,
        {
            "486 comes from the callee's own device, which was reached but is busy; 608 comes from an intermediary, such as a call-analytics engine, that rejected the call by its own judgment.",
        },
        "",
    },
    {
        487, 481,
        {
            "487 ends an INVITE that was cancelled before it was answered, while the CANCEL gets 200; 481 to a CANCEL means it matched no pending transaction, so nothing was cancelled.",
        },
        "",
    },
    {
        488, 415,
        {
            "488 says the body was understood but the offered session (codecs, media, transport) is unacceptable; 415 says the body's type or encoding is not supported at all and says what it takes in Accept.",
        },
        "",
    },
    {
        488, 606,
        {
            "488 refuses the offered session at this device only, so other devices of the user may accept it; 606 says no device of the user would, and as a 6xx it stops all forks.",
        },
        "",
    },
    {
        500, 502,
        {
            "500 says the sender itself failed; 502 says the sender, acting as a proxy or gateway, got an invalid response from the next server, so the fault lies on the next leg.",
        },
        "",
    },
    {
        500, 503,
        {
            "500 is an unexpected fault inside the sender; 503 says the sender is overloaded or in maintenance for now, often with Retry-After, and clients should fail over to another server.",
        },
        "",
    },
    {
        502, 500,
        {
            "502 places the fault past the sender: a downstream server it contacted returned an invalid response; 500 says the sender itself hit an internal error.",
        },
        "",
    },
    {
        502, 503,
        {
            "502 says the next server answered with an invalid response; 503 says the sender cannot handle the request for now (overload, maintenance), and Retry-After says when to try again.",
        },
        "",
    },
    {
        503, 500,
        {
            "503 says the sender is overloaded or in maintenance, or is a UAC's own report of a transport error; 500 is an unexpected fault inside the server that sent it.",
        },
        "",
    },
    {
        503, 502,
        {
            "503 says the sender cannot serve for now (overload, maintenance, no usable next hop), often with Retry-After; 502 says the next server did answer, but with an invalid response.",
        },
        "",
    },
    {
        504, 408,
        {
            "504 blames a server the sender consulted (next-hop proxy, DNS, database) for not answering; 408 says the request as a whole got no final answer in time, or is a UA's own timeout.",
        },
        "",
    },
    {
        504, 480,
        {
            "504 says a server timed out waiting for another server, so nothing is known about the callee; 480 is a definite answer that the callee is known but unavailable right now.",
        },
        "",
    },
    {
        600, 480,
        {
            "600 says the user was found busy on every device and stops all forks; 480 says the user is known but not reachable now (unregistered, DND), and other contacts may still be tried.",
        },
        "",
    },
    {
        600, 486,
        {
            "600 says the user is busy on every device, so a forking proxy cancels its other branches; 486 says only the device that answered is busy and other contacts may still ring.",
        },
        "",
    },
    {
        600, 603,
        {
            "600 says the user cannot take the call because they are busy everywhere; 603 says the user refuses it.",
            "Both are 6xx that stop forking and may carry Retry-After.",
        },
        "",
    },
    {
        600, 607,
        {
            "600 reports that the user is busy on all devices, which says nothing about the caller; 607 says the called user marked this call as unwanted, which may get the caller's later calls blocked.",
        },
        "",
    },
    {
        600, 608,
        {
            "600 comes from the callee's side, which knows the user is busy everywhere; 608 comes from an intermediary, such as a call-analytics engine, that rejected the call on its own.",
        },
        "",
    },
    {
        603, 480,
        {
            "603 means the callee was reached and refused the call; 480 means the callee cannot be reached right now (not registered, DND), and as a 4xx it lets a proxy try other contacts.",
        },
        "",
    },
    {
        603, 486,
        {
            "603 says the callee refused the call, and as a 6xx it stops other forks; 486 only says this device is busy, so the user's other contacts or voicemail may still be tried.",
        },
        "",
    },
    {
        603, 600,
        {
            "603 says the user refuses the call; 600 says the user is busy on every device, not that they refuse it.",
            "Both are 6xx, stop forking and may carry Retry-After.",
        },
        "",
    },
    {
        603, 607,
        {
            "603 declines the call without giving a reason; 607 says the called user marked it as unwanted (spam, robocall), which networks may use to label or block the caller's later calls.",
        },
        "",
    },
    {
        603, 608,
        {
            "603 is a refusal by the callee or a service acting for them, with no reason given; 608 is a rejection by an intermediary such as a call-analytics engine, with Call-Info purpose=jwscard.",
        },
        "",
    },
    {
        604, 404,
        {
            "604 is an authoritative answer that the user exists nowhere, and as a 6xx it stops all forks; 404 speaks only for the domain that answered, so other locations may still be tried.",
        },
        "",
    },
    {
        604, 410,
        {
            "604 says the user does not exist at any location and, as a 6xx, ends all forks; 410 says the address did exist on this server but was removed for good.",
        },
        "",
    },
    {
        604, 484,
        {
            "604 says the address exists nowhere, so retrying will not help; 484 says the address is incomplete, so sending it again with more digits may succeed.",
        },
        "",
    },
    {
        606, 415,
        {
            "606 says the session described in the SDP is unacceptable everywhere; 415 says the body's format (Content-Type, encoding, language) is not supported and lists what it takes in Accept.",
        },
        "",
    },
    {
        606, 488,
        {
            "606 says the offered session is unacceptable on every device of the user and stops forking; 488 refuses it only at this device, so another of the user's devices may accept it.",
        },
        "",
    },
    {
        607, 480,
        {
            "607 says the called user was reached and marked the call unwanted; 480 says the user cannot be reached right now (not registered, DND), and a later retry may succeed.",
        },
        "",
    },
    {
        607, 486,
        {
            "607 says the called user judged the call unwanted, which networks may use against the caller; 486 only says the device is busy, and the same call may succeed later or elsewhere.",
        },
        "",
    },
    {
        607, 600,
        {
            "607 says the called user marked the call as unwanted; 600 says the user is busy everywhere.",
            "Both stop forking, but only 607 reflects on the caller and may feed spam analytics.",
        },
        "",
    },
    {
        607, 603,
        {
            "607 says the called user rejected the call as unwanted (spam, robocall), which intermediaries may use to block or label the caller; 603 declines this one call without saying why.",
        },
        "",
    },
    {
        607, 608,
        {
            "607 is the called user's own verdict that the call is unwanted; 608 is a rejection by an intermediary, such as a call-analytics engine, usually with Call-Info purpose=jwscard.",
        },
        "",
    },
    {
        608, 480,
        {
            "608 says an intermediary, such as a call-analytics engine, rejected the call outright; 480 says the callee is known but not reachable right now, and a later retry may succeed.",
        },
        "",
    },
    {
        608, 486,
        {
            "608 says an intermediary, such as a call-analytics engine, rejected the call; 486 says the callee's own device was reached and is busy, and a later retry may get through.",
        },
        "",
    },
    {
        608, 600,
        {
            "608 comes from an intermediary, such as a call-analytics engine, that rejected the call; 600 comes from the callee's side and only says the user is busy on every device.",
        },
        "",
    },
    {
        608, 603,
        {
            "608 is a rejection by an intermediary, such as a call-analytics engine, with Call-Info purpose=jwscard naming whom to contact; 603 is a refusal by the callee or on their behalf.",
        },
        "",
    },
    {
        608, 607,
        {
            "608 means an intermediary, such as a call-analytics engine, rejected the call on its own; 607 means the called user marked it unwanted.",
            "608 may carry Call-Info purpose=jwscard.",
        },
        "",
    },
};

const sx_q850_text sx_q850_texts[] = {
    {
        1,
        {
            "The called number is not assigned to any subscriber.",
            "Check the dialled digits, the number format (E.164 or national) and the route that chose this far end.",
        },
        "",
    },
    {
        2,
        {
            "The network cannot reach the transit network (carrier) the call asked for.",
            "Check carrier selection prefixes and the trunk routing; mostly national use.",
        },
        "",
    },
    {
        3,
        {
            "The network has no route to the area of the called number.",
            "Check the dial plan, the number prefix and the route or trunk group picked for this destination.",
        },
        "",
    },
    {
        4,
        {
            "The called party cannot be reached for a lasting reason, so the caller should hear a special information tone.",
            "Check that the number is still in service.",
        },
        "",
    },
    {
        5,
        {
            "The called number wrongly includes a trunk prefix, such as a leading 0.",
            "Check how numbers are normalised before the gateway (E.164 versus national format).",
        },
        "",
    },
    {
        6,
        {
            "The far end would not take the channel (B-channel) offered for the call.",
            "Check the channel configuration and channel selection of the ISDN/PRI link on both sides.",
        },
        "",
    },
    {
        7,
        {
            "The incoming call was joined to a channel already set up for similar calls, as in packet-mode ISDN.",
            "Informational and rarely seen with SIP.",
        },
        "",
    },
    {
        8,
        {
            "The call was torn down to free resources for a call of higher precedence (MLPP).",
            "Seen in military or emergency networks; nothing to fix.",
        },
        "",
    },
    {
        9,
        {
            "The call was preempted by a call of higher precedence, and its circuit is kept for that call to reuse.",
            "Precedence (MLPP) networks only.",
        },
        "",
    },
    {
        14,
        {
            "Query on release: the number was ported away, so the previous exchange should look it up in the number portability database and reroute.",
            "Check the portability (LNP) lookup.",
        },
        "",
    },
    {
        16,
        {
            "One party hung up and the call ended normally, not a failure.",
            "Usually seen in the Reason of a BYE or CANCEL; RFC 3398 gives no response code for it.",
        },
        "",
    },
    {
        17,
        {
            "The called user's line or device is busy.",
            "Gateways map it to SIP 486.",
        },
        "",
    },
    {
        18,
        {
            "The called user's equipment did not respond to the setup (no alerting) in time.",
            "Check that the device is reachable and registered; maps to SIP 408.",
        },
        "",
    },
    {
        19,
        {
            "The called party was alerted (rang) but nobody answered before the timer expired, a normal outcome.",
            "Check no-answer timers and forwarding; maps to SIP 480.",
        },
        "",
    },
    {
        20,
        {
            "The called user cannot be reached, e.g. a mobile that is off, out of coverage or not registered.",
            "Try again later; maps to SIP 480.",
        },
        "",
    },
    {
        21,
        {
            "The called party or the network refused the call although it could have taken it, e.g. call barring, screening or a blocked caller ID.",
            "Maps to SIP 403.",
        },
        "",
    },
    {
        22,
        {
            "The called number is no longer in use; the diagnostic may carry the new number.",
            "Update the contact or directory entry; maps to SIP 410.",
        },
        "",
    },
    {
        23,
        {
            "The call was sent on to a different number, for example by call deflection or forwarding in the PSTN.",
            "Informational rather than a fault.",
        },
        "",
    },
    {
        24,
        {
            "A service at the called party turned the call away, such as anonymous call rejection.",
            "Check whether the caller ID was withheld (privacy, CLIR).",
        },
        "",
    },
    {
        25,
        {
            "An exchange could not route the call, typically because a hop counter ran out in a routing loop.",
            "Gateways send it for SIP 482 and 483; check routes for loops.",
        },
        "",
    },
    {
        26,
        {
            "The call was offered to several terminals and another one answered, so this one was released.",
            "Normal with forking or hunt groups.",
        },
        "",
    },
    {
        27,
        {
            "The called party's interface cannot be reached, e.g. its access line or signalling link is down.",
            "Check the far-end device or trunk; maps to SIP 502.",
        },
        "",
    },
    {
        28,
        {
            "The called number is malformed or has too few digits.",
            "Check the number format (E.164, national, prefixes) and overlap dialling; maps to SIP 484.",
        },
        "",
    },
    {
        29,
        {
            "The network refused a supplementary service that the call asked for.",
            "Check which features the setup requested; maps to SIP 501.",
        },
        "",
    },
    {
        30,
        {
            "Carried in a STATUS message answering a STATUS ENQUIRY on an ISDN link.",
            "It reports call state only and is not a call failure.",
        },
        "",
    },
    {
        31,
        {
            "A normal ending that no more specific cause describes.",
            "Many gateways use it as a catch-all, so look at the other leg for details; maps to SIP 480.",
        },
        "",
    },
    {
        33,
        {
            "A circuit on the route is out of service.",
            "Older ISDN tables list this value but current Q.850 does not; check the trunk's circuits and alarms.",
        },
        "",
    },
    {
        34,
        {
            "No free circuit or channel was left to carry the call.",
            "Check trunk capacity and the channel or session limits of the gateway or SBC; maps to SIP 503.",
        },
        "",
    },
    {
        38,
        {
            "The network is failing and the outage is likely to last, so retrying at once will not help.",
            "Check the far-end network or carrier; maps to SIP 503.",
        },
        "",
    },
    {
        39,
        {
            "A permanent frame-mode (frame relay) connection is out of service after a fault.",
            "Not used for SIP calls; check the data link.",
        },
        "",
    },
    {
        40,
        {
            "A permanent frame-mode (frame relay) connection is working again.",
            "Informational, not a call failure.",
        },
        "",
    },
    {
        41,
        {
            "The network is failing but should recover soon, so a retry may work.",
            "Gateways also send it for SIP 400, 481, 500 and 503; maps to SIP 503.",
        },
        "",
    },
    {
        42,
        {
            "The exchange or gateway handling the call is overloaded.",
            "Retry later and check the load and call-rate limits of the switch, gateway or SBC; maps to SIP 503.",
        },
        "",
    },
    {
        43,
        {
            "The network could not pass on some access information the caller sent, such as user-to-user data or a subaddress.",
            "The call itself may go on.",
        },
        "",
    },
    {
        44,
        {
            "The specific circuit or channel asked for is busy or blocked.",
            "Check channel selection and whether both sides agree on circuit state (glare, blocking).",
        },
        "",
    },
    {
        46,
        {
            "No circuit could be preempted, because all calls in use have equal or higher precedence (MLPP).",
            "Precedence networks only.",
        },
        "",
    },
    {
        47,
        {
            "A resource shortage that no more specific cause describes, such as DSP or port capacity.",
            "Check the gateway's resources and limits; maps to SIP 503.",
        },
        "",
    },
    {
        49,
        {
            "The network cannot give the quality of service the call asked for.",
            "Check the requested QoS or bandwidth against what the transit network offers.",
        },
        "",
    },
    {
        50,
        {
            "The caller asked for a supplementary service that the subscription does not include.",
            "Check the line's service profile with the provider.",
        },
        "",
    },
    {
        53,
        {
            "The caller is in a closed user group that does not allow outgoing calls.",
            "Check the CUG settings of the calling line.",
        },
        "",
    },
    {
        55,
        {
            "The called user is in a closed user group that does not take incoming calls.",
            "Check the CUG settings; maps to SIP 403.",
        },
        "",
    },
    {
        56,
        {
            "The called user is busy and has no call waiting service.",
            "Older ISDN tables list this value but current Q.850 does not.",
        },
        "",
    },
    {
        57,
        {
            "The caller may not use the requested bearer capability, such as unrestricted data or video.",
            "Check the bearer and the subscription; maps to SIP 403.",
        },
        "",
    },
    {
        58,
        {
            "The requested bearer capability is supported but cannot be given right now.",
            "Look for a temporary shortage on the trunk; maps to SIP 503.",
        },
        "",
    },
    {
        62,
        {
            "The outgoing access the caller asked for does not fit its subscriber class, as with closed user groups.",
            "Check the CUG and class-of-service settings.",
        },
        "",
    },
    {
        63,
        {
            "A service or option the call needs is not available and no specific cause fits.",
            "Compare what the call asked for (bearer, features) with the far end.",
        },
        "",
    },
    {
        65,
        {
            "The far end does not support the requested bearer capability, such as video or data.",
            "Check the offered media and codecs; maps to SIP 488.",
        },
        "",
    },
    {
        66,
        {
            "The far end or network does not support the requested channel type.",
            "Check the channel type and rate asked for in the call setup.",
        },
        "",
    },
    {
        69,
        {
            "The network does not support the supplementary service the call asked for.",
            "Check which features the setup requested.",
        },
        "",
    },
    {
        70,
        {
            "Only restricted digital bearer capability is available, not the unrestricted one asked for.",
            "Check data or video call settings; maps to SIP 488.",
        },
        "",
    },
    {
        79,
        {
            "The far end does not implement a service or option the call needs.",
            "Gateways also send it for SIP 406, 415 and 501; maps to SIP 501.",
        },
        "",
    },
    {
        81,
        {
            "A message used a call reference that is not in use on the interface.",
            "A signalling error between ISDN peers; look for a call state mismatch on the D-channel.",
        },
        "",
    },
    {
        82,
        {
            "A message named a channel that does not exist on the interface.",
            "Check the configured channel range of the PRI or trunk on both sides.",
        },
        "",
    },
    {
        83,
        {
            "A resume request gave a call identity that matches no suspended call.",
            "An ISDN suspend and resume detail, rarely seen with SIP.",
        },
        "",
    },
    {
        84,
        {
            "A suspend request gave a call identity already used by another suspended call.",
            "An ISDN suspend and resume detail, rarely seen with SIP.",
        },
        "",
    },
    {
        85,
        {
            "A resume request arrived but no call is suspended on the interface.",
            "An ISDN suspend and resume detail, rarely seen with SIP.",
        },
        "",
    },
    {
        86,
        {
            "The suspended call that a resume asked for was cleared meanwhile, e.g. by a network timeout.",
            "ISDN suspend and resume only.",
        },
        "",
    },
    {
        87,
        {
            "The call was made within a closed user group that the called user does not belong to.",
            "Check CUG membership; maps to SIP 403.",
        },
        "",
    },
    {
        88,
        {
            "The called party cannot handle this kind of call, e.g. a data or fax call to a voice-only endpoint.",
            "Check bearer capability and media; maps to SIP 503.",
        },
        "",
    },
    {
        90,
        {
            "The closed user group named in the call does not exist.",
            "Check the CUG index or interlock code sent by the caller.",
        },
        "",
    },
    {
        91,
        {
            "The transit network (carrier) selected for the call is badly formatted or unknown.",
            "Check the carrier selection code; national use.",
        },
        "",
    },
    {
        95,
        {
            "A signalling message was invalid and no more specific protocol error fits.",
            "Compare the ISDN or ISUP variant and protocol settings on both sides.",
        },
        "",
    },
    {
        96,
        {
            "A message lacked an information element it must carry, such as the called number.",
            "Check how the gateway builds the setup from the SIP request.",
        },
        "",
    },
    {
        97,
        {
            "The peer received a message type it does not know or support.",
            "Check that both sides use the same ISDN or ISUP variant.",
        },
        "",
    },
    {
        98,
        {
            "The peer got a message it does not support or that is not allowed in the current call state.",
            "Check for a state mismatch and the protocol variant.",
        },
        "",
    },
    {
        99,
        {
            "The peer got an information element or parameter it does not know and ignored it.",
            "The call may go on; check the protocol variant on both sides.",
        },
        "",
    },
    {
        100,
        {
            "An information element was recognised but its contents are invalid, e.g. a bad number encoding.",
            "Check the fields the gateway maps from SIP.",
        },
        "",
    },
    {
        101,
        {
            "The peer received a message that is not allowed in the current call state.",
            "Often a timing or state mismatch between the two sides.",
        },
        "",
    },
    {
        102,
        {
            "A protocol timer expired and the call was cleared to recover, e.g. no reply to the setup.",
            "Check the far end's reachability and delay; maps to SIP 504.",
        },
        "",
    },
    {
        103,
        {
            "A parameter was not recognised but was passed on unchanged.",
            "Informational; check the ISUP variants at the interworking point.",
        },
        "",
    },
    {
        110,
        {
            "A message was dropped because it carried a parameter the exchange did not recognise.",
            "Check the ISUP variants at the interworking point.",
        },
        "",
    },
    {
        111,
        {
            "A protocol error that no more specific cause describes.",
            "Check the signalling on both legs of the gateway; maps to SIP 500.",
        },
        "",
    },
    {
        127,
        {
            "The call crossed a network or gateway that gives no cause of its own, so the real reason is unknown.",
            "Look at the far-end network; maps to SIP 500.",
        },
        "",
    },
};

const sx_warning_text sx_warning_texts[] = {
    {
        300,
        {
            "The peer supports none of the network types in the session description.",
            "Check the network type of the SDP c= and o= lines (normally IN).",
        },
        "",
    },
    {
        301,
        {
            "The peer cannot use the address type in the session description, e.g.",
            "IP6 sent to an IPv4-only host.",
            "Check the c= line address type (IP4 or IP6).",
        },
        "",
    },
    {
        302,
        {
            "The peer does not support a transport protocol in the SDP, such as RTP/SAVP.",
            "Check the proto field of the m= lines and the SRTP or DTLS settings.",
        },
        "",
    },
    {
        303,
        {
            "The peer does not understand a bandwidth modifier in the SDP.",
            "Check the b= lines (AS, CT, TIAS) and drop the ones the peer does not know.",
        },
        "",
    },
    {
        304,
        {
            "The peer does not support a media type offered, such as video or image (T.38).",
            "Check the m= lines and offer only media the peer accepts.",
        },
        "",
    },
    {
        305,
        {
            "The peer supports none of the formats (codecs) listed on an m= line.",
            "Compare the payload types and a=rtpmap codecs with the peer's codec list.",
        },
        "",
    },
    {
        306,
        {
            "The peer did not understand one or more a= attributes in the SDP.",
            "Look for vendor-specific or newer attributes the peer may not support.",
        },
        "",
    },
    {
        307,
        {
            "The peer did not understand some other SDP parameter.",
            "Check the SDP syntax and any unusual lines in the offer.",
        },
        "",
    },
    {
        330,
        {
            "The peer's site cannot receive multicast.",
            "Offer a unicast address on the c= line instead.",
        },
        "",
    },
    {
        331,
        {
            "The peer's site cannot use unicast, often because of a firewall.",
            "Offer a multicast address on the c= line instead.",
        },
        "",
    },
    {
        370,
        {
            "The bandwidth asked for in the SDP, or used by the media, is more than is available.",
            "Lower the b= values or choose a lower-rate codec.",
        },
        "",
    },
    {
        380,
        {
            "A proxy or UAS cannot serve the SIPS URI of the request, e.g. the target has no SIPS contact registered.",
            "Retry with a sip: URI if policy allows (RFC 5630).",
        },
        "",
    },
    {
        381,
        {
            "A proxy or UAS requires the SIPS scheme for this request.",
            "Retry with a sips: Request-URI over TLS (RFC 5630).",
        },
        "",
    },
    {
        399,
        {
            "A free-form warning: the warn-text says what is wrong.",
            "Read the text, and the warn-agent for the host that added it.",
        },
        "",
    },
};

const sx_text sx_warning_range_texts[] = {
    { {
        "An unregistered code in the 300-329 range, which reports a problem with the session description (SDP); the text says which.",
    }, "" },
    { {
        "An unregistered code in the 330-339 range, which reports a network service the session asked for that is not available.",
    }, "" },
    { {
        "An unregistered code in the 370-379 range, which reports a quality of service problem, such as bandwidth.",
    }, "" },
    { {
        "An unregistered code in the 390-399 range, for miscellaneous warnings; the text is the sender's explanation.",
    }, "" },
};

const sx_situation_texts sx_texts = {
    .resend_2xx_invite = { {
        "A retransmission: the UAS sends its final answer to an INVITE again until an ACK arrives.",
        "One or two are harmless; a series means the ACK is lost (check Contact, Record-Route and NAT on the caller's side).",
    }, "" },
    .resend_final_invite = { {
        "A retransmission: the UAS sends its final answer to an INVITE again until an ACK arrives.",
        "One or two are harmless; a series means the ACK is lost (check Contact, Record-Route and NAT on the caller's side).",
    }, "" },
    .resend_other = { {
        "A retransmission: the same response was seen before, sent again because the request was retransmitted.",
        "The client did not get the first copy in time (loss, or a slow path on UDP).",
    }, "" },
    .retry_after_other = { {
        "The sender asks the client to wait that long before sending this request again.",
    }, "" },
    .retry_after_server = { {
        "The sender asks the client to wait that long before sending this request again.",
    }, "" },
    .retry_after_callee = { {
        "The sender asks the client to wait that long before sending this request again.",
    }, "" },
    .retry_after_glare = { {
        "The sender asks the client to wait that long before sending this request again.",
    }, "" },
    .reason_no_cause = { {
        "No cause value: only the protocol, and the text if any, say why.",
    }, "" },
    .reason_unknown_q850 = { {
        "Not a cause value that ITU-T Q.850 defines: read the text and ask the gateway's vendor.",
    }, "" },
    .reason_sip_cause = { {
        "A SIP status code given as the cause:",
    }, "" },
    .reason_unknown_protocol = { {
        "A protocol sipexplain does not know: read the cause in that protocol's own terms.",
    }, "" },
};
