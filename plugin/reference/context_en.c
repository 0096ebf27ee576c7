/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The context texts in English: per method and state of the exchange,
 * look-alike codes, Q.850 causes, Warning codes and situations. Each entry
 * matches the facts of context.c by key and order; see texts.h for the form
 * (short sentences, the most useful first, the sections they rest on).
 */
#include "context.h"

const sx_context_text sx_context_texts[] = {
    /* 200 OK */
    {
        .key = "200.ACK.any",
        .brief = "a response to an ACK, which never takes one",
        .text = {
            "ACK takes no response, so this message is a fault of the element that sent it.",
            "Its stack handled the ACK as a new request; report it to its vendor (Server header).",
        },
        .sources = "RFC 3261 §22.1, §17.2.1",
    },
    {
        .key = "200.INVITE.in_dialog",
        .brief = "the re-INVITE was accepted; ACK follows",
        .text = {
            "The peer accepted this re-INVITE: the SDP of this exchange now applies.",
            "Typical changes: hold or resume (sendonly, inactive, sendrecv), a codec, an address.",
            "A re-INVITE that changes nothing is often a session-timer refresh (Session-Expires).",
            "An ACK must follow, as for the first INVITE.",
        },
        .sources = "RFC 3261 §14.1, §14.2, §13.2.2.4; RFC 3264 §8; RFC 4028 §10",
    },
    {
        .key = "200.INVITE.cancelled",
        .brief = "answered while the caller cancelled: ACK, then BYE",
        .text = {
            "The callee answered before the CANCEL took effect, so the call is connected.",
            "The caller must ACK this 2xx and, if it still wants to leave, end the call with BYE.",
            "The 200 to the CANCEL changes nothing: CANCEL has no effect once a final is sent.",
            "No 487 will come for this INVITE; media may flow until the BYE.",
        },
        .sources = "RFC 3261 §9.2, §15, §13.2.2.4",
    },
    {
        .key = "200.INVITE.initial",
        .brief = "the callee answered the call; ACK follows",
        .text = {
            "The callee answered this new call, and the dialog is confirmed.",
            "Its SDP is the answer to the INVITE's offer, or an offer if the INVITE had none.",
            "It may carry no SDP when a reliable 18x and its PRACK already did offer and answer.",
            "The caller must ACK it; without an ACK the callee resends it and hangs up after 32 s.",
        },
        .sources = "RFC 3261 §13.2.1, §13.3.1.4; RFC 3262 §5",
    },
    {
        .key = "200.INVITE.any",
        .brief = "the INVITE was answered; ACK follows",
        .text = {
            "The INVITE was answered; it is not in the capture, so it may be a new call or not.",
            "Either way an ACK with the same Call-ID and CSeq number must follow.",
            "Find the INVITE by Call-ID and CSeq: a To tag in it marks a re-INVITE.",
        },
        .sources = "RFC 3261 §12.2, §13.2.2.4",
    },
    {
        .key = "200.REGISTER.deregister",
        .brief = "the bindings were removed",
        .text = {
            "The registrar removed the bindings this REGISTER dropped (expires 0, or Contact: *).",
            "A Contact still listed in this 200 is a binding that remains, often another device.",
        },
        .sources = "RFC 3261 §10.2.2, §10.3",
    },
    {
        .key = "200.REGISTER.any",
        .brief = "the registration was accepted",
        .text = {
            "The registrar accepted the REGISTER; Contact lists every current binding of the AOR.",
            "Each expires there is what the registrar granted, which may be shorter than asked.",
            "A phone whose own Contact is missing was not stored as it sent it (e.g. a NAT rewrite).",
            "No Contact at all means no binding is left; refresh each one before it expires.",
        },
        .sources = "RFC 3261 §10.2.1, §10.2.4, §10.3; practice: registrars rewrite NATed Contacts "
                   "and cap bindings per user",
    },
    {
        .key = "200.SUBSCRIBE.any",
        .brief = "the subscription was accepted; NOTIFY follows",
        .text = {
            "The subscription was accepted or refreshed; a NOTIFY must follow at once.",
            "Expires here is the time granted, never longer than asked; refresh before it ends.",
            "A SUBSCRIBE with Expires: 0 ends it, and a last NOTIFY says terminated.",
        },
        .sources = "RFC 6665 §3.1.1, §4.1.2.3, §4.2.1.2",
    },
    {
        .key = "200.NOTIFY.any",
        .brief = "the subscriber took the notification",
        .text = {
            "The subscriber accepted this NOTIFY and the event state it carries.",
            "With Subscription-State: terminated, the subscription ends here.",
            "Otherwise it stays active until the expires value in that header.",
        },
        .sources = "RFC 6665 §4.1.3, §4.2.2",
    },
    {
        .key = "200.BYE.any",
        .brief = "the call is over",
        .text = {
            "The dialog is over: the peer accepted the BYE, and media should stop both ways.",
            "Why the call ended is in the BYE (which side sent it, any Reason), not in this 200.",
        },
        .sources = "RFC 3261 §15.1.1, §15.1.2; RFC 3326 §2",
    },
    {
        .key = "200.CANCEL.any",
        .brief = "the CANCEL was received; the INVITE ends with 487",
        .text = {
            "The CANCEL was received, nothing more: the INVITE still needs its own final response.",
            "That is normally 487; if a 2xx crossed the CANCEL, the call is answered instead.",
            "With no final in 64*T1 (32 s), the caller gives the INVITE up as cancelled.",
        },
        .sources = "RFC 3261 §9.1, §9.2, §15",
    },
    {
        .key = "200.OPTIONS.any",
        .brief = "the target is reachable",
        .text = {
            "The target is up and would take a call; Allow, Accept and Supported list what it does.",
            "Often a keepalive or trunk probe: note which host answered (proxy, SBC or the UA).",
            "A proxy answers for itself, with no body and usually no Allow.",
        },
        .sources = "RFC 3261 §11.2; practice: SBCs and PBXs probe trunks with OPTIONS",
    },
    {
        .key = "200.MESSAGE.any",
        .brief = "the message reached its destination",
        .text = {
            "The message reached its final destination, which does not mean anyone read it.",
            "A relay or store-and-forward server would answer 202 instead.",
            "A forking proxy passes on one 2xx only, so other devices may have the message too.",
            "For delivery or read notices the sender needs IMDN (RFC 5438).",
        },
        .sources = "RFC 3428 §4, §6, §7; RFC 5438",
    },
    {
        .key = "200.PUBLISH.any",
        .brief = "the event state was published",
        .text = {
            "The event state was stored for the time Expires grants.",
            "Keep this 200's SIP-ETag: SIP-If-Match carries it to refresh, change or remove the state.",
            "Refresh before Expires runs out, or the state lapses.",
        },
        .sources = "RFC 3903 §4, §6",
    },
    {
        .key = "200.REFER.any",
        .brief = "the transfer request was accepted",
        .text = {
            "The REFER was accepted: the Refer-To target will be tried, which says nothing of success.",
            "NOTIFYs with Event: refer and a message/sipfrag body report how the new call goes.",
            "In the last one, SIP/2.0 200 means the transfer worked, a 4xx-6xx that it failed.",
            "No NOTIFY follows only when Refer-Sub: false was agreed.",
        },
        .sources = "RFC 3515 §2.4.4, §2.4.5; RFC 4488 §4",
    },
    {
        .key = "200.UPDATE.any",
        .brief = "the session update was accepted",
        .text = {
            "The peer accepted the UPDATE; an SDP answer in this 200 applies at once.",
            "Unlike a re-INVITE, no ACK follows, and it may come before the call is answered.",
            "An UPDATE without SDP is usually a session-timer refresh.",
        },
        .sources = "RFC 3311 §5.2, §5.3; RFC 4028 §10",
    },
    {
        .key = "200.PRACK.any",
        .brief = "the PRACK was received",
        .text = {
            "The PRACK was accepted: the reliable 1xx named in its RAck is no longer resent.",
            "The INVITE itself is still pending until its own final response.",
            "If the PRACK carried an SDP offer, this 200 holds the answer.",
        },
        .sources = "RFC 3262 §3, §5",
    },
    {
        .key = "200.INFO.any",
        .brief = "the INFO was received",
        .text = {
            "The INFO was well formed and received; that says nothing of whether it was acted on.",
            "DTMF by INFO (application/dtmf-relay) is usually legacy use, without Info-Package.",
            "Compare the digits in the bodies with what the far end reports or plays.",
        },
        .sources = "RFC 6086 §2, §4.2.2; practice: DTMF INFO bodies sent without Info-Package",
    },
    {
        .key = "200.other.any",
        .text = {
            "The request named in CSeq succeeded.",
            "A 200 confirms that request only; find it by Call-ID and CSeq to see what was asked.",
        },
        .sources = "RFC 3261 §21.2.1, §8.2.6.2",
    },
    /* 202 Accepted */
    {
        .key = "202.MESSAGE.any",
        .brief = "accepted by a relay or store; delivery not confirmed",
        .text = {
            "A relay, store-and-forward server or gateway took the message and may deliver it later.",
            "Unlike 200, this does not say that it reached the recipient.",
            "Delivery can only be confirmed some other way, such as an IMDN notice (RFC 5438).",
        },
        .sources = "RFC 3428 §4, §7; RFC 5438",
    },
    {
        .key = "202.SUBSCRIBE.any",
        .brief = "subscription accepted; 202 is deprecated, same as 200",
        .text = {
            "RFC 6665 deprecates 202 here: it means the same as 200, and a NOTIFY must follow.",
            "This notifier follows RFC 3265, where 202 meant accepted but not yet authorized.",
            "Subscription-State: pending in that NOTIFY shows that authorization is awaited.",
        },
        .sources = "RFC 6665 §8.3.1, §4.1.3",
    },
    {
        .key = "202.NOTIFY.any",
        .brief = "accepted; 202 to NOTIFY is deprecated, same as 200",
        .text = {
            "RFC 6665 forbids 202 to a NOTIFY; the notifier must treat it as a 200.",
            "The subscriber runs an older stack; nothing else is wrong.",
        },
        .sources = "RFC 6665 §8.3.1",
    },
    {
        .key = "202.REFER.any",
        .brief = "accepted; 202 to REFER is deprecated, same as 200",
        .text = {
            "The transfer will be tried; NOTIFYs with a sipfrag body will report the result.",
            "RFC 7647 deprecates 202 to REFER: elements now send 200, and 202 counts as 200.",
            "A last NOTIFY with SIP/2.0 200 OK and Subscription-State: terminated means it worked.",
        },
        .sources = "RFC 7647 §5; RFC 3515 §2.4.4, §2.4.5",
    },
    {
        .key = "202.other.any",
        .text = {
            "The request was accepted for processing but not yet acted on.",
            "No RFC gives 202 a meaning for this method; treat it as 200 for the transaction.",
        },
        .sources = "RFC 6665 §8.3.1",
    },
    /* 401 Unauthorized */
    {
        .key = "401.CANCEL.any",
        .brief = "a challenge to a CANCEL, which servers must not send",
        .text = {
            "A CANCEL cannot be resent with credentials, so no server may challenge it.",
            "The caller's INVITE keeps ringing until it is answered or times out.",
            "Fix the server's authentication rules to exempt CANCEL and ACK.",
        },
        .sources = "RFC 3261 §9.2, §22.1",
    },
    {
        .key = "401.ACK.any",
        .brief = "a challenge to an ACK, which servers must not send",
        .text = {
            "An ACK takes no response at all, and servers must not challenge it.",
            "Credentials the INVITE carried must be accepted for its ACK.",
            "Fix the server's authentication rules to exempt ACK and CANCEL.",
        },
        .sources = "RFC 3261 §22.1",
    },
    {
        .key = "401.any.stale",
        .brief = "nonce expired (stale); resending is normal",
        .text = {
            "Normal: stale=true says the credentials were right and only the nonce was too old.",
            "The client resends at once with the new nonce, without asking for a password.",
            "Only stale challenges in quick succession point at a nonce lifetime set too short.",
        },
        .sources = "RFC 7616 §3.3; RFC 2617 §3.2.1; RFC 3261 §22.1",
    },
    {
        .key = "401.any.phrase_nonce",
        .brief = "the nonce changed; answer the new one (normal)",
        .text = {
            "The phrase says the nonce changed: the server refused the nonce, not the password.",
            "It means what stale=true means: answer the new nonce with the same credentials.",
            "A second refusal after that answer would point at the password after all.",
        },
        .sources = "RFC 3261 §22.1; RFC 7616 §3.3; practice: some registrars say nonce has "
                   "changed in the phrase instead of sending stale=true",
    },
    {
        .key = "401.any.new_realm",
        .brief = "challenge for another realm; add its credentials",
        .text = {
            "Normal: the request's credentials answered another realm than the one challenged here.",
            "The UAS, or one device of a forked call, has a realm of its own and wants its credentials.",
            "The client resends with credentials for each realm challenged, and a higher CSeq.",
        },
        .sources = "RFC 3261 §22.1, §22.2, §22.3, §16.7",
    },
    {
        .key = "401.REGISTER.credentials_sent",
        .brief = "credentials refused: wrong password or auth user",
        .text = {
            "The registrar refused this REGISTER's credentials: same realm, and no stale=true.",
            "Most often the password or auth username is wrong, or not allowed for this AOR.",
            "The same credentials must not be sent again; servers ban sources that loop.",
            "If a retry with the new nonce then gets 200, the server only dropped an old nonce.",
        },
        .sources = "RFC 3261 §22.1, §10.3; RFC 7616 §3.3; practice: fail2ban and SBCs block "
                   "repeated failures; practice: some servers re-challenge an old nonce without stale",
    },
    {
        .key = "401.INVITE.credentials_sent",
        .brief = "credentials refused: wrong password or auth user",
        .text = {
            "The UAS or PBX refused this INVITE's Authorization: same realm, and no stale=true.",
            "Check the auth username and password set for this account on the caller.",
            "If a retry with the new nonce then succeeds, only an old nonce was dropped.",
        },
        .sources = "RFC 3261 §22.1, §22.2; RFC 7616 §3.3; practice: some servers re-challenge an "
                   "old nonce without stale",
    },
    {
        .key = "401.other.credentials_sent",
        .brief = "credentials refused: wrong password or auth user",
        .text = {
            "The credentials in this request were refused: same realm, and no stale=true.",
            "Compare its username and realm with those of a request that succeeds, e.g. REGISTER.",
            "The client must not resend the same credentials.",
        },
        .sources = "RFC 3261 §22.1; RFC 7616 §3.3",
    },
    {
        .key = "401.REGISTER.empty_credentials",
        .brief = "first IMS AKA challenge (normal)",
        .text = {
            "Normal for IMS: the first REGISTER carries an Authorization with an empty response.",
            "That header only names the private identity; this 401 is the AKA challenge to it.",
            "A REGISTER with the response computed from it should follow and get 200.",
        },
        .sources = "3GPP TS 24.229 §5.1.1.2; RFC 3310 §3",
    },
    {
        .key = "401.REGISTER.no_credentials",
        .brief = "first challenge: resend with Authorization (normal)",
        .text = {
            "Normal first step: the registrar challenges a REGISTER sent without credentials.",
            "A REGISTER with Authorization for this realm and nonce, and a higher CSeq, follows.",
            "If none follows, the phone has no account set for this realm.",
        },
        .sources = "RFC 3261 §10.2, §22.2, §8.1.3.5",
    },
    {
        .key = "401.INVITE.no_credentials",
        .brief = "first challenge: resend with Authorization (normal)",
        .text = {
            "Normal where calls need digest authentication: the UAS or PBX challenges this INVITE.",
            "The caller ACKs the 401, then resends the INVITE with Authorization and a higher CSeq.",
        },
        .sources = "RFC 3261 §22.2, §17.1.1.3",
    },
    {
        .key = "401.other.no_credentials",
        .brief = "first challenge: resend with Authorization (normal)",
        .text = {
            "Normal first answer: the server wants digest credentials for this request.",
            "The client resends it with Authorization and a higher CSeq.",
            "If it never does, to a BYE for example, the call stays up on the challenging side.",
        },
        .sources = "RFC 3261 §22.2, §15.1.2",
    },
    {
        .key = "401.other.any",
        .brief = "digest challenge; its request is not in the capture",
        .text = {
            "A digest challenge whose request is not in the capture, so its state is unknown.",
            "Usually the first challenge, which is normal; after credentials it is a refusal.",
            "The same request resent with Authorization and answered 2xx shows it was met.",
        },
        .sources = "RFC 3261 §22.1, §22.2",
    },
    /* 403 Forbidden */
    {
        .key = "403.any.phrase_auth",
        .brief = "credentials rejected: the password or user is wrong",
        .text = {
            "The phrase names an authentication failure: the server rejected the credentials.",
            "RFC 3261 lets a server answer wrong credentials with 403 instead of a new challenge.",
            "Check the auth username, password and realm; the right credentials will work.",
            "Keep the client from repeating the same ones: servers ban such sources (fail2ban).",
        },
        .sources = "RFC 3261 §22.1; practice: Asterisk, FreeSWITCH and SBCs answer a wrong "
                   "password with 403; practice: fail2ban blocks repeated failures",
    },
    {
        .key = "403.any.credentials_sent",
        .brief = "credentials rejected, or the user not allowed",
        .text = {
            "The request carried credentials, so this 403 most likely refuses them.",
            "A wrong password or auth user, an auth user not allowed for this AOR, a closed account.",
            "Check those on the server first; the same credentials will fail again.",
        },
        .sources = "RFC 3261 §22.1, §10.3; practice: Asterisk, FreeSWITCH and SBCs answer a "
                   "wrong password with 403",
    },
    {
        .key = "403.any.not_seen",
        .brief = "refused; the request is not in the capture",
        .text = {
            "The request is not in the capture, so whether it carried credentials is unknown.",
            "After credentials a 403 usually rejects them; without any, it is a policy refusal.",
            "The reason phrase, and a 401 or 407 just before, tell which.",
        },
        .sources = "RFC 3261 §21.4.4, §22.1",
    },
    {
        .key = "403.REGISTER.no_credentials",
        .brief = "registration refused by policy, not for credentials",
        .text = {
            "No credentials were sent, so this is policy: the registrar will not take this client.",
            "Typical: a source address not on the ACL, a fail2ban or SBC block, a User-Agent filter.",
            "Or registration is off for the account; sending credentials will not change that.",
        },
        .sources = "RFC 3261 §21.4.4, §10.3; practice: registrars filter by source address and "
                   "User-Agent",
    },
    {
        .key = "403.INVITE.no_credentials",
        .brief = "call refused by policy",
        .text = {
            "The call was refused by policy, usually at a proxy, PBX or carrier, not by the callee.",
            "A barred destination, a caller ID not allowed, no rights on the trunk, a blocked source.",
            "Find which hop sent it (Via, Server) and read any Reason for a Q.850 cause (21, 57).",
        },
        .sources = "RFC 3261 §21.4.4; RFC 3398 §7.2.4.1; practice: PBXs and carriers refuse "
                   "barred calls with 403",
    },
    {
        .key = "403.SUBSCRIBE.no_credentials",
        .text = {
            "The notifier will not let this subscriber watch the resource.",
            "For BLF or presence, the rights are missing or the extension is not in the right group.",
            "Resubscribing unchanged fails again; fix the rights on the server.",
        },
        .sources = "RFC 3261 §21.4.4; practice: PBXs allow BLF only within configured groups",
    },
    {
        .key = "403.MESSAGE.no_credentials",
        .text = {
            "The server refuses by policy to relay or deliver this MESSAGE.",
            "Messaging may be off for the account, or the recipient blocks the sender, or a filter.",
            "The message was not delivered; check the account's rights and any spam filter.",
        },
        .sources = "RFC 3428 §7; RFC 3261 §21.4.4; practice: messaging servers filter spam by policy",
    },
    {
        .key = "403.other.any",
        .text = {
            "The server refuses this method for this sender or target; resent unchanged, it fails.",
            "No credentials were sent, so this is policy, not a password problem.",
            "Check the account's rights for the method in CSeq, and that this is the right server.",
        },
        .sources = "RFC 3261 §21.4.4",
    },
    /* 404 Not Found */
    {
        .key = "404.REGISTER.any",
        .text = {
            "The registrar does not know the AOR in To, or does not serve the Request-URI's domain.",
            "Check the username and the domain or realm set in the client against the account.",
        },
        .sources = "RFC 3261 §10.3, §21.4.5",
    },
    {
        .key = "404.INVITE.any",
        .text = {
            "No user matches the Request-URI where this 404 was made.",
            "Find which hop sent it (Via, Server): a proxy may not serve that domain at all.",
            "Compare the Request-URI with To to see whether a proxy rewrote the number.",
        },
        .sources = "RFC 3261 §21.4.5, §8.2.2.1, §16.5",
    },
    {
        .key = "404.SUBSCRIBE.any",
        .text = {
            "The notifier has no resource for this Request-URI.",
            "For BLF the watched extension does not exist or is hidden; for MWI there is no mailbox.",
            "To a refresh it ends the subscription: a new SUBSCRIBE is needed.",
        },
        .sources = "RFC 6665 §4.1.2.2; RFC 3261 §21.4.5",
    },
    {
        .key = "404.MESSAGE.any",
        .text = {
            "The recipient in the Request-URI is unknown to this server or messaging service.",
            "The message was not delivered; check its user and domain.",
            "A known user who is offline would get 480 instead.",
        },
        .sources = "RFC 3428 §7; RFC 3261 §21.4.5, §21.4.18",
    },
    {
        .key = "404.other.any",
        .text = {
            "The Request-URI names a user or resource this server does not know.",
            "Compare it with the URI of requests that succeed, such as the To of a working REGISTER.",
        },
        .sources = "RFC 3261 §21.4.5",
    },
    /* 405 Method Not Allowed */
    {
        .key = "405.REGISTER.any",
        .text = {
            "The server that got this REGISTER is no registrar; its Allow lists what it does take.",
            "Common when a trunk registers to a peer that authenticates it by IP address.",
            "Turn registration off for that trunk, or point it at the real registrar.",
        },
        .sources = "RFC 3261 §21.4.6, §10.2.6; practice: IP-authenticated trunks take no REGISTER",
    },
    {
        .key = "405.SUBSCRIBE.any",
        .text = {
            "The target takes no SUBSCRIBE at this URI; its Allow lists the methods it takes.",
            "BLF, presence or MWI was sent to a phone or trunk that offers none.",
            "Send them to the PBX or presence server; an unknown package would get 489 instead.",
        },
        .sources = "RFC 3261 §21.4.6; RFC 6665 §4.2.1.1",
    },
    {
        .key = "405.PUBLISH.any",
        .text = {
            "The target does not take PUBLISH, so no presence server serves it there.",
            "Publish to the presence server, or turn PUBLISH off where the domain has none.",
        },
        .sources = "RFC 3261 §21.4.6; RFC 3903 §6",
    },
    {
        .key = "405.UPDATE.any",
        .text = {
            "The peer does not allow UPDATE in this dialog; the session is unchanged.",
            "UPDATE may only be sent to a peer whose Allow lists it.",
            "Use re-INVITE for changes, and let session timers refresh by re-INVITE.",
        },
        .sources = "RFC 3311 §4, §5.1; RFC 3261 §21.4.6",
    },
    {
        .key = "405.INFO.any",
        .text = {
            "The peer refuses INFO, so what was sent that way, such as DTMF, is lost.",
            "Use RFC 4733 telephone-events, or enable INFO on the peer.",
            "469 would mean INFO is allowed but not this Info-Package.",
        },
        .sources = "RFC 3261 §21.4.6; RFC 6086 §4.2.2; RFC 4733 §2",
    },
    {
        .key = "405.MESSAGE.any",
        .text = {
            "The target does not take MESSAGE, though it may still take calls.",
            "Send messages through a messaging server, or turn messaging off in the client.",
        },
        .sources = "RFC 3261 §21.4.6; RFC 3428 §7",
    },
    {
        .key = "405.other.any",
        .text = {
            "The method in CSeq is not allowed here; this 405's Allow lists the ones that are.",
            "A 405 without Allow breaks RFC 3261, which makes that header mandatory in it.",
            "Outside a dialog a proxy or PBX may have answered: check Server before blaming the UA.",
        },
        .sources = "RFC 3261 §21.4.6, §8.2.1",
    },
    /* 407 Proxy Authentication Required */
    {
        .key = "407.CANCEL.any",
        .brief = "a challenge to a CANCEL, which proxies must not send",
        .text = {
            "A CANCEL cannot be resent with credentials, so no server may challenge it.",
            "The INVITE cannot be cancelled through this proxy and keeps ringing.",
            "Fix the proxy's authentication rules to exempt CANCEL and ACK.",
        },
        .sources = "RFC 3261 §9.2, §22.1",
    },
    {
        .key = "407.ACK.any",
        .brief = "a challenge to an ACK, which proxies must not send",
        .text = {
            "An ACK takes no response at all, and servers must not challenge it.",
            "The proxy must accept the INVITE's credentials for its ACK.",
        },
        .sources = "RFC 3261 §22.1",
    },
    {
        .key = "407.any.stale",
        .brief = "nonce expired (stale); resending is normal",
        .text = {
            "Normal: stale=true says the credentials were right and only the nonce was too old.",
            "The client resends at once with the new nonce in Proxy-Authorization.",
        },
        .sources = "RFC 7616 §3.3; RFC 2617 §3.2.1; RFC 3261 §22.1, §22.3",
    },
    {
        .key = "407.any.phrase_nonce",
        .brief = "the nonce changed; answer the new one (normal)",
        .text = {
            "The phrase says the nonce changed: the proxy refused the nonce, not the password.",
            "It means what stale=true means: answer the new nonce in Proxy-Authorization.",
            "A second refusal after that answer would point at the password after all.",
        },
        .sources = "RFC 3261 §22.1, §22.3; RFC 7616 §3.3; practice: some servers say nonce has "
                   "changed in the phrase instead of sending stale=true",
    },
    {
        .key = "407.any.new_realm",
        .brief = "another proxy asks for its own credentials (normal)",
        .text = {
            "Normal: this proxy's realm is not the one the request's Proxy-Authorization answered.",
            "A second proxy on the path wants credentials too; each realm gets its own value.",
            "The client resends with both Proxy-Authorization values and a higher CSeq.",
        },
        .sources = "RFC 3261 §22.3",
    },
    {
        .key = "407.INVITE.credentials_sent",
        .brief = "proxy refused the credentials: wrong password or user",
        .text = {
            "The proxy refused this INVITE's Proxy-Authorization: same realm, and no stale=true.",
            "Check the auth username and password set for this account on the caller.",
            "If a retry with the new nonce then succeeds, only an old nonce was dropped.",
            "The same credentials must not be sent again; proxies and SBCs ban sources that loop.",
        },
        .sources = "RFC 3261 §22.1, §22.3; RFC 7616 §3.3; practice: some servers re-challenge an "
                   "old nonce without stale; practice: fail2ban and SBCs block repeated failures",
    },
    {
        .key = "407.other.credentials_sent",
        .brief = "proxy refused the credentials: wrong password or user",
        .text = {
            "The proxy refused this request's Proxy-Authorization: same realm, and no stale=true.",
            "Compare its username and realm with those of an INVITE that succeeds.",
            "The client must not resend the same credentials.",
        },
        .sources = "RFC 3261 §22.1, §22.3; RFC 7616 §3.3",
    },
    {
        .key = "407.INVITE.no_credentials",
        .brief = "first proxy challenge: resend with credentials (normal)",
        .text = {
            "Normal first step: the proxy challenges a call sent without Proxy-Authorization.",
            "The caller ACKs this 407 and resends the INVITE with credentials and a higher CSeq.",
            "If none follows, the caller has no account for this realm.",
        },
        .sources = "RFC 3261 §22.3, §17.1.1.3",
    },
    {
        .key = "407.BYE.no_credentials",
        .brief = "proxy challenge to a BYE; resend with credentials",
        .text = {
            "The proxy wants credentials before it forwards this BYE.",
            "The sender already counts the call as over; the far side does not until a BYE arrives.",
            "A UA that ignores this 407 leaves the call up on the far side.",
        },
        .sources = "RFC 3261 §15.1.1, §15.1.2, §22.3",
    },
    {
        .key = "407.other.no_credentials",
        .brief = "first proxy challenge: resend with credentials (normal)",
        .text = {
            "Normal: the proxy wants this request authenticated before it forwards it.",
            "Look for it resent with Proxy-Authorization and a higher CSeq.",
        },
        .sources = "RFC 3261 §22.3",
    },
    {
        .key = "407.other.any",
        .brief = "proxy challenge; its request is not in the capture",
        .text = {
            "A proxy challenge whose request is not in the capture, so its state is unknown.",
            "Usually the first challenge, which is normal; after credentials it is a refusal.",
            "The request resent with Proxy-Authorization and answered 2xx shows it was met.",
        },
        .sources = "RFC 3261 §22.1, §22.3",
    },
    /* 408 Request Timeout */
    {
        .key = "408.INVITE.cancel_unanswered",
        .brief = "timed out, and its CANCEL got no answer either",
        .text = {
            "The caller had cancelled, but nothing answered the CANCEL and the INVITE timed out.",
            "The next hop toward the callee is silent: down, unreachable, or its replies are lost.",
            "Check that hop's address and port, firewalls, and where its responses go (Via).",
        },
        .sources = "RFC 3261 §9.1, §9.2, §16.10, §17.1.1.2",
    },
    {
        .key = "408.INVITE.cancelled",
        .brief = "timed out after the caller had cancelled",
        .text = {
            "The caller had cancelled; this 408 ends the INVITE in place of the usual 487.",
            "A server downstream never gave a final response, often a branch that sent no 1xx.",
            "A proxy cannot cancel such a branch and waits for its timeout; find that target.",
        },
        .sources = "RFC 3261 §9.1, §16.7, §16.8",
    },
    {
        .key = "408.INVITE.in_dialog",
        .brief = "re-INVITE timed out: the call ends",
        .text = {
            "No answer came to this re-INVITE in time, so the caller must end the call with BYE.",
            "This is the usual cause of calls that drop at a session-timer refresh or on hold.",
            "The peer's Contact is unreachable mid-call: an expired NAT binding, an SBC failover.",
        },
        .sources = "RFC 3261 §14.1, §12.2.1.2; RFC 4028 §10",
    },
    {
        .key = "408.INVITE.initial",
        .text = {
            "A server on the path timed out on this call and answered 408 for it.",
            "About 32 s with no 1xx is Timer B at that server: the callee's Contact did not answer.",
            "An 18x, then 408 tens of seconds later, is a proxy's no-answer timer: local policy.",
            "The RFC's Timer C gives CANCEL and 487 instead, after at least 3 minutes.",
        },
        .sources = "RFC 3261 §16.7, §16.8, §17.1.1.2; practice: proxies' no-answer timers "
                   "(Kamailio fr_inv_timer)",
    },
    {
        .key = "408.INVITE.any",
        .text = {
            "A server timed out on this INVITE, which is not in the capture.",
            "To a re-INVITE it ends the call (a BYE follows); to a new call, no one answered in time.",
        },
        .sources = "RFC 3261 §14.1, §16.7",
    },
    {
        .key = "408.REGISTER.any",
        .text = {
            "An outbound proxy or SBC heard nothing from the registrar for about 32 s (Timer F).",
            "Its Via or Server shows which one: a phone's own timeout never appears on the wire.",
            "A phone that times out by itself sends the REGISTER about 11 times and gets nothing.",
            "Check the registrar's reachability from that proxy: DNS, SRV, firewall, transport.",
        },
        .sources = "RFC 3261 §8.1.3.1, §16.7, §17.1.2.2",
    },
    {
        .key = "408.BYE.any",
        .text = {
            "The BYE got no answer in time; its sender counts the call as ended anyway.",
            "The peer is gone or unreachable at the Contact of its 2xx (private address, lost NAT).",
            "Check that Contact and the Record-Route the BYE followed.",
        },
        .sources = "RFC 3261 §15.1.1, §12.2.1.1",
    },
    {
        .key = "408.CANCEL.any",
        .text = {
            "Nothing on the path answered this CANCEL, though each hop answers a CANCEL at once.",
            "The INVITE keeps ringing until its own final response or a timeout.",
            "A CANCEL goes where the INVITE went: check that next hop's address, port and transport.",
        },
        .sources = "RFC 3261 §9.1, §9.2, §16.10",
    },
    {
        .key = "408.UPDATE.any",
        .brief = "timed out: the sender ends the dialog",
        .text = {
            "No answer came to this UPDATE in time, so its sender must end the dialog.",
            "For an answered call that means a BYE, e.g. after a session-timer refresh failed.",
            "The peer's Contact is unreachable mid-call: an expired NAT binding, an SBC failover.",
        },
        .sources = "RFC 3311 §5.3; RFC 3261 §12.2.1.2; RFC 4028 §10",
    },
    {
        .key = "408.other.any",
        .text = {
            "No final answer came in time for this request.",
            "Inside a dialog the sender should end the dialog: check the peer's Contact and route.",
            "Outside one, check the route and DNS of the server that sent the 408.",
        },
        .sources = "RFC 3261 §12.2.1.2, §16.7, §21.4.9",
    },
    /* 412 Conditional Request Failed */
    {
        .key = "412.PUBLISH.any",
        .text = {
            "The SIP-If-Match of this PUBLISH names state the server no longer holds.",
            "The publisher must not retry it: it publishes afresh, full state, no SIP-If-Match.",
            "Look for that new PUBLISH right after; one that resends the same tag is broken.",
        },
        .sources = "RFC 3903 §5, §6",
    },
    {
        .key = "412.other.any",
        .text = {
            "Outside PUBLISH (RFC 3903) this code has no standard meaning.",
            "Read the reason phrase, any Warning and the request's conditional headers.",
        },
        .sources = "RFC 3903 §5",
    },
    /* 415 Unsupported Media Type */
    {
        .key = "415.INVITE.any",
        .text = {
            "The call failed before offer and answer: the callee refused the body's format itself.",
            "Codecs would give 488; here the content type, encoding or language is the issue.",
            "This 415's Accept, Accept-Encoding or Accept-Language headers list what it takes.",
        },
        .sources = "RFC 3261 §21.4.13, §8.2.3",
    },
    {
        .key = "415.MESSAGE.any",
        .text = {
            "The recipient cannot take this MESSAGE's content type, such as CPIM or a file.",
            "The message was not delivered; resend it in a type this 415's Accept lists.",
            "Every MESSAGE receiver must at least take text/plain.",
        },
        .sources = "RFC 3428 §7; RFC 3261 §21.4.13",
    },
    {
        .key = "415.INFO.any",
        .text = {
            "The receiver does not take this INFO's body type, often a DTMF format it lacks.",
            "An Info-Package it did not agree to would get 469 instead.",
            "Agree on one DTMF format, or use RFC 4733 telephone-events.",
        },
        .sources = "RFC 6086 §4.2.2; RFC 3261 §21.4.13",
    },
    {
        .key = "415.other.any",
        .text = {
            "The receiver does not take this request's body in that type, encoding or language.",
            "This 415's Accept, Accept-Encoding or Accept-Language headers list what it takes.",
            "The client should resend with only what those headers allow.",
        },
        .sources = "RFC 3261 §21.4.13, §8.1.3.5",
    },
    /* 420 Bad Extension */
    {
        .key = "420.INVITE.any",
        .text = {
            "No call was set up: the INVITE required an extension that the callee or a proxy lacks.",
            "This 420's Unsupported header names it, often 100rel, timer or precondition.",
            "Require is for the callee, Proxy-Require for proxies: drop the tag or add support.",
        },
        .sources = "RFC 3261 §21.4.15, §8.1.3.5, §20.29, §20.32",
    },
    {
        .key = "420.other.any",
        .text = {
            "This request required an extension the receiver lacks; Unsupported names it.",
            "Only tags the peer listed in Supported are safe to require; resend without the others.",
        },
        .sources = "RFC 3261 §21.4.15, §8.1.3.5",
    },
    /* 422 Session Interval Too Small */
    {
        .key = "422.INVITE.initial",
        .brief = "session interval too short; resend with Min-SE",
        .text = {
            "The new call's Session-Expires is below the Min-SE of the callee or a proxy.",
            "Part of session-timer negotiation: the caller resends at once with that Min-SE.",
            "Look for the new INVITE; if none follows, the call fails here.",
        },
        .sources = "RFC 4028 §6, §7.3",
    },
    {
        .key = "422.INVITE.in_dialog",
        .brief = "refresh interval too short; resend with Min-SE",
        .text = {
            "This re-INVITE asked for a Session-Expires below the peer's Min-SE.",
            "The call goes on; the refresher should retry with at least Min-SE before expiry.",
            "If no refresh succeeds before the session expires, a BYE ends the call.",
        },
        .sources = "RFC 4028 §6, §7.3, §10",
    },
    {
        .key = "422.INVITE.any",
        .brief = "session interval too short; resend with Min-SE",
        .text = {
            "The INVITE's Session-Expires was below the Min-SE of the callee or a proxy.",
            "A retry with that Min-SE should follow; the INVITE is not in the capture.",
            "An earlier 2xx in this Call-ID means it was a session refresh.",
        },
        .sources = "RFC 4028 §6, §7.3",
    },
    {
        .key = "422.UPDATE.any",
        .brief = "refresh interval too short; resend with Min-SE",
        .text = {
            "This UPDATE, usually a session refresh, asked for a Session-Expires below Min-SE.",
            "The dialog goes on; the refresher should retry with at least Min-SE in time.",
        },
        .sources = "RFC 4028 §6, §10",
    },
    {
        .key = "422.other.any",
        .text = {
            "Session timers apply only to INVITE and UPDATE, so a 422 to this method is not standard.",
            "Read its Min-SE and reason phrase, and check the sender's session-timer settings.",
        },
        .sources = "RFC 4028 §6",
    },
    /* 423 Interval Too Brief */
    {
        .key = "423.REGISTER.any",
        .brief = "binding too brief; resend with Min-Expires",
        .text = {
            "The registrar wants a longer binding than asked; Min-Expires gives its minimum.",
            "A Contact's expires parameter overrides the Expires header: check both.",
            "A compliant phone retries at once with at least Min-Expires; look for it.",
        },
        .sources = "RFC 3261 §10.3, §10.2.8, §20.23",
    },
    {
        .key = "423.SUBSCRIBE.any",
        .brief = "subscription too brief; resend with Min-Expires",
        .text = {
            "The notifier wants a longer subscription than asked; Min-Expires gives its minimum.",
            "No subscription is made; on a refresh, the current one runs to its old expiry.",
            "The subscriber should retry with at least Min-Expires.",
        },
        .sources = "RFC 6665 §4.1.2.2, §4.2.1.1",
    },
    {
        .key = "423.PUBLISH.any",
        .brief = "publication too brief; resend with Min-Expires",
        .text = {
            "The presence server wants a longer Expires on this PUBLISH; the state was not stored.",
            "The publisher should retry with at least Min-Expires before its earlier state lapses.",
        },
        .sources = "RFC 3903 §6",
    },
    {
        .key = "423.other.any",
        .text = {
            "423 and Min-Expires belong to REGISTER, SUBSCRIBE and PUBLISH; this use is unusual.",
            "Compare the request's Expires with the Min-Expires of this response.",
        },
        .sources = "RFC 3261 §21.4.17",
    },
    /* 480 Temporarily Unavailable */
    {
        .key = "480.any.phrase_dns",
        .brief = "the next hop's name could not be resolved (DNS)",
        .text = {
            "The phrase names a DNS failure: a proxy could not find where to send the request.",
            "The target was never reached, so this says nothing about the callee or the registrar.",
            "Check the host in the Request-URI or Route, and the DNS servers of that proxy.",
            "Look up its NAPTR, SRV and A or AAAA records from the proxy that sent this 480.",
        },
        .sources = "RFC 3263 §4; RFC 3261 §16.6; practice: some proxies answer a DNS failure with "
                   "480 and a phrase naming it",
    },
    {
        .key = "480.INVITE.any",
        .text = {
            "A server that knows the callee found no device to take the call now.",
            "No 18x before it often means no registered Contact; 180 then 480, a no-answer timeout.",
            "The reason phrase should say why, and Reason may carry a Q.850 cause.",
        },
        .sources = "RFC 3261 §21.4.18; RFC 3398 §7.2.4.1; practice: PBXs answer 480 on a "
                   "no-answer timeout",
    },
    {
        .key = "480.MESSAGE.any",
        .text = {
            "The recipient is known, but no device of theirs can take the message now.",
            "It was not delivered: a store for offline users would have answered 202.",
            "So no such store exists or it is not used for this user; check the bindings.",
        },
        .sources = "RFC 3428 §7; RFC 3261 §21.4.18",
    },
    {
        .key = "480.REGISTER.any",
        .text = {
            "A registrar's own processing has no 480, so a proxy on the way most likely made it.",
            "It found no usable route to the registrar; see Server and the reason phrase.",
            "Check that proxy's route toward the registrar, and the registrar's state.",
        },
        .sources = "RFC 3261 §10.3, §21.4.18",
    },
    {
        .key = "480.other.any",
        .text = {
            "The target of this request is known but cannot be reached now.",
            "For SUBSCRIBE or OPTIONS that is usually no registered device behind the address.",
            "Check the registrar for a live binding, and read Retry-After.",
        },
        .sources = "RFC 3261 §21.4.18, §20.33",
    },
    /* 481 Call/Transaction Does Not Exist */
    {
        .key = "481.ACK.any",
        .brief = "a response to an ACK, which never takes one",
        .text = {
            "ACK takes no response, so this message is a fault of the element that sent it.",
            "An ACK that matches nothing is to be dropped silently, not answered.",
        },
        .sources = "RFC 3261 §22.1, §17.2.1",
    },
    {
        .key = "481.BYE.dialog_ended",
        .brief = "the dialog had already ended: harmless",
        .text = {
            "Harmless: a 2xx to a BYE had already ended this dialog, so this BYE found nothing.",
            "Usually a BYE resent after its 200 was lost, or BYEs from both sides that crossed.",
            "The call is over either way; a 481 to a BYE counts as the end of the dialog.",
        },
        .sources = "RFC 3261 §15.1.1, §15.1.2",
    },
    {
        .key = "481.BYE.ack_timeout_bye",
        .brief = "the caller has no dialog: its 2xx never arrived",
        .text = {
            "This BYE is the one the callee sent when its 2xx got no ACK.",
            "The caller answers 481 because it never saw that 2xx: the 2xx, not the ACK, was lost.",
            "Follow the 2xx back to the caller: Via, received and rport (NAT), firewalls.",
        },
        .sources = "RFC 3261 §13.3.1.4, §15.1.2, §18.2.2; RFC 3581 §4",
    },
    {
        .key = "481.BYE.any",
        .text = {
            "The peer knows no dialog for this BYE: the call was already gone on its side.",
            "E.g. its own BYE after 32 s without ACK, a restart, or a Call-ID or tag an SBC changed.",
            "The sender counts the call as ended; if media still flows, compare tags with the 2xx.",
        },
        .sources = "RFC 3261 §15.1.1, §15.1.2, §13.3.1.4",
    },
    {
        .key = "481.CANCEL.any",
        .text = {
            "No pending INVITE matched this CANCEL, so it cancelled nothing.",
            "Either the INVITE had its final response already (a race), or the CANCEL differs.",
            "It must copy the INVITE's Request-URI, Call-ID, tags, CSeq number and top Via.",
            "A CANCEL sent before any 1xx is forbidden and may overtake the INVITE, which rings on.",
        },
        .sources = "RFC 3261 §9.1, §9.2",
    },
    {
        .key = "481.INVITE.in_dialog",
        .brief = "re-INVITE for an unknown dialog: the call ends",
        .text = {
            "The peer has no dialog for this re-INVITE: it restarted, or an SBC changed the IDs.",
            "The sender must end the call; look for its BYE and for the peer's last activity.",
        },
        .sources = "RFC 3261 §12.2.1.2, §12.2.2, §14.1",
    },
    {
        .key = "481.INVITE.initial",
        .brief = "the dialog named in Replaces does not exist",
        .text = {
            "A new INVITE gets 481 when the dialog its Replaces header names is not known there.",
            "The attended transfer or call pickup fails: that dialog ended or never existed there.",
            "Compare the Replaces Call-ID and tags with the dialog meant; an ended one gives 603.",
        },
        .sources = "RFC 3891 §3",
    },
    {
        .key = "481.INVITE.any",
        .text = {
            "The INVITE is not in the capture, so it may be a new call or a re-INVITE.",
            "To a re-INVITE it means the peer lost the dialog, and the call ends.",
            "To a new INVITE with Replaces, the dialog to replace was not found.",
        },
        .sources = "RFC 3261 §12.2.1.2, §14.1; RFC 3891 §3",
    },
    {
        .key = "481.NOTIFY.any",
        .text = {
            "The subscriber knows no subscription for this NOTIFY: it expired, ended or restarted.",
            "The notifier then removes it, so BLF or MWI updates stop until a new SUBSCRIBE.",
            "Check the subscriber's refresh timing against the Expires it was granted.",
        },
        .sources = "RFC 6665 §4.2.2",
    },
    {
        .key = "481.PRACK.any",
        .text = {
            "This PRACK matches no reliable provisional still waiting for one.",
            "Its RAck must copy the RSeq and CSeq of that 18x; or the INVITE already had a final.",
        },
        .sources = "RFC 3262 §3, §7.2",
    },
    {
        .key = "481.SUBSCRIBE.any",
        .text = {
            "The notifier knows no subscription for this refresh: it expired or was lost.",
            "The subscriber must start over with a new SUBSCRIBE, Call-ID and From tag.",
            "Phones that keep refreshing in the dead dialog keep getting 481.",
        },
        .sources = "RFC 6665 §4.1.2.2",
    },
    {
        .key = "481.other.any",
        .text = {
            "The receiver has no dialog or transaction for this request: it ended or restarted.",
            "Inside a dialog (UPDATE, INFO, REFER) the sender should end that dialog.",
        },
        .sources = "RFC 3261 §12.2.1.2, §21.4.19",
    },
    /* 482 Loop Detected, 483 Too Many Hops */
    {
        .key = "482.other.any",
        .text = {
            "A server got this request back after it had already forwarded it: a routing loop.",
            "A UAS also answers 482 to a second copy of a forked request that came another way.",
            "Look in the Via headers for the server seen twice, then at its routing rules.",
        },
        .sources = "RFC 3261 §16.3, §8.2.2.2, §21.4.20",
    },
    {
        .key = "483.other.any",
        .text = {
            "Max-Forwards reached 0 before the request got to its target.",
            "Usually two proxies send the request to each other until the count runs out.",
            "Count the request's Via headers and look for hosts that repeat.",
        },
        .sources = "RFC 3261 §16.3, §8.1.1.6, §21.4.21",
    },
    /* 486 Busy Here */
    {
        .key = "486.INVITE.any",
        .text = {
            "The callee's device answered busy, for itself only.",
            "A forking proxy may still ring the user's other devices or voicemail; 600 stops them.",
            "Reason with Q.850 cause 17 shows a busy PSTN line behind a gateway.",
        },
        .sources = "RFC 3261 §21.4.24, §16.7; RFC 3398 §7.2.4.1",
    },
    {
        .key = "486.other.any",
        .text = {
            "To OPTIONS, 486 says an INVITE would now get busy too: the target is up, but busy.",
            "To other methods it says the user cannot take this request now; read Retry-After.",
        },
        .sources = "RFC 3261 §11.2, §21.4.24, §20.33",
    },
    /* 487 Request Terminated */
    {
        .key = "487.CANCEL.any",
        .brief = "never a valid answer to a CANCEL itself",
        .text = {
            "487 is never returned for a CANCEL: the INVITE gets it, the CANCEL gets 200.",
            "The sender's stack answered the wrong transaction; report it to its vendor.",
        },
        .sources = "RFC 3261 §21.4.25, §9.2",
    },
    {
        .key = "487.INVITE.in_dialog",
        .text = {
            "This re-INVITE was cancelled, or ended by a BYE, before its final response.",
            "The session stays as it was before the re-INVITE.",
        },
        .sources = "RFC 3261 §14.1, §15.1.2, §9.2",
    },
    {
        .key = "487.INVITE.cancelled",
        .brief = "call attempt cancelled as asked (normal)",
        .text = {
            "Normal end of a cancelled call: this closes the INVITE after the 200 to the CANCEL.",
            "The caller ACKs it; the call was never answered.",
            "The CANCEL's Reason says why: a hang-up, an answer elsewhere, a proxy's timer.",
        },
        .sources = "RFC 3261 §9.2, §16.8; RFC 3326 §2",
    },
    {
        .key = "487.INVITE.not_cancelled",
        .text = {
            "No CANCEL for this INVITE is in the capture, though it follows the INVITE's path.",
            "It went on another leg or interface, or was filtered out of this capture.",
            "Or a proxy cancelled by itself (Timer C, another branch answered), or a BYE or Expires.",
            "Read this 487's Reason, and look at the other legs of the call.",
        },
        .sources = "RFC 3261 §9.1, §13.3.1, §15.1.2, §16.7, §16.8; RFC 3326 §2",
    },
    {
        .key = "487.INVITE.any",
        .text = {
            "The call attempt was stopped before answer, normally by a CANCEL: a usual outcome.",
            "The INVITE is not in the capture; look for a CANCEL with its Call-ID and CSeq number.",
        },
        .sources = "RFC 3261 §9.2, §21.4.25",
    },
    {
        .key = "487.other.any",
        .text = {
            "A request other than INVITE was ended before its final response.",
            "Rare, since such requests are answered at once: a CANCEL was sent for it, or a BYE.",
            "Look for a CANCEL with the same Call-ID and CSeq number, or a BYE on the dialog.",
        },
        .sources = "RFC 3261 §9.1, §15.1.2, §21.4.25",
    },
    /* 488 Not Acceptable Here */
    {
        .key = "488.INVITE.initial",
        .text = {
            "The new call failed at the offer: the callee, gateway or SBC can use none of its media.",
            "Read the Warning header (304, 305, 302...) and any SDP in the 488 listing what it takes.",
            "Compare the offer's m= lines, codecs, RTP/AVP or RTP/SAVP and IP version with that.",
        },
        .sources = "RFC 3261 §13.3.1.3, §21.4.26, §20.43",
    },
    {
        .key = "488.INVITE.in_dialog",
        .text = {
            "The peer refused the change in this re-INVITE; the call goes on as it was.",
            "A hold, codec switch, T.38 or video was refused; the Warning header says why.",
            "A refused T.38 re-INVITE fails the fax, although the voice call stays up.",
        },
        .sources = "RFC 3261 §14.1, §14.2",
    },
    {
        .key = "488.INVITE.any",
        .text = {
            "The INVITE's SDP offer was refused; the INVITE is not in the capture.",
            "For a new call the call fails; for a re-INVITE the session goes on unchanged.",
            "An earlier 2xx with this Call-ID means it was a re-INVITE; read the Warning header.",
        },
        .sources = "RFC 3261 §14.1, §21.4.26",
    },
    {
        .key = "488.UPDATE.any",
        .text = {
            "The peer refused the SDP offer in this UPDATE; the session stays as it was.",
            "In an early dialog the call setup itself can go on; the Warning header says why.",
        },
        .sources = "RFC 3311 §5.2, §5.3",
    },
    {
        .key = "488.PRACK.any",
        .text = {
            "The UAS refused an SDP offer this PRACK carried; the earlier session stays.",
            "The INVITE is still pending; read the Warning header for the media refused.",
        },
        .sources = "RFC 3262 §5; RFC 3261 §21.4.26",
    },
    {
        .key = "488.REFER.any",
        .brief = "the REFER itself was refused here, not a media offer",
        .text = {
            "A REFER carries no SDP, so this 488 refuses the transfer request itself.",
            "The UA will not or cannot act on it now; the current call stays as it is.",
            "Read Reason and Warning for why, e.g. no resources to place the new call.",
        },
        .sources = "RFC 3515 §2.4.2; RFC 3261 §21.4.26; practice: some UAs refuse a REFER "
                   "with 488",
    },
    {
        .key = "488.NOTIFY.any",
        .brief = "the NOTIFY itself was refused here, not a media offer",
        .text = {
            "A NOTIFY carries no SDP, so this 488 refuses the notification itself.",
            "For Event: refer, the transferor loses the progress report of its transfer.",
            "Check the NOTIFY's Event and body type against what the SUBSCRIBE or REFER asked.",
        },
        .sources = "RFC 6665 §4.1.3; RFC 3515 §2.4.4; practice: some UAs refuse an unexpected "
                   "NOTIFY with 488",
    },
    {
        .key = "488.other.any",
        .brief = "refused at this target; no media offer involved",
        .text = {
            "This request carried no SDP offer, so 488 refuses something else in it, here only.",
            "Read the Warning header and the reason phrase; the same request may work elsewhere.",
        },
        .sources = "RFC 3261 §21.4.26",
    },
    /* 489 Bad Event */
    {
        .key = "489.SUBSCRIBE.any",
        .text = {
            "No subscription was made: the notifier does not take this Event package.",
            "An Allow-Events header, if present, lists the packages it takes.",
            "Typical: MWI sent to a server without voicemail, or BLF to a PBX with dialog events off.",
        },
        .sources = "RFC 6665 §4.2.1.1, §8.3.2; practice: PBX settings for BLF and MWI",
    },
    {
        .key = "489.PUBLISH.any",
        .text = {
            "The presence server does not take publications for this Event package.",
            "Allow-Events, mandatory in this 489, lists the packages it takes.",
            "Check the client's Event and Content-Type against that list.",
        },
        .sources = "RFC 3903 §6, §11.1",
    },
    {
        .key = "489.NOTIFY.any",
        .text = {
            "The subscriber refused a NOTIFY for a package it did not subscribe to.",
            "Often an unsolicited one, such as message-summary sent without a SUBSCRIBE.",
            "Compare its Event, with any id, with the SUBSCRIBE or REFER it should belong to.",
        },
        .sources = "RFC 6665 §4.1.3",
    },
    {
        .key = "489.other.any",
        .text = {
            "Only SUBSCRIBE, NOTIFY and PUBLISH carry an Event package, so this use is not standard.",
            "Read the reason phrase and any Allow-Events for what the sender meant.",
        },
        .sources = "RFC 6665 §8.3.2; RFC 3903 §6",
    },
    /* 491 Request Pending */
    {
        .key = "491.INVITE.initial",
        .brief = "not standard: a new INVITE has no dialog yet",
        .text = {
            "491 needs another request pending in the same dialog; a new INVITE has no dialog yet.",
            "This is not standard: the sender took the INVITE for a re-INVITE, or misuses 491.",
            "Check the sender's dialog matching (Call-ID and tags) and its software version.",
        },
        .sources = "RFC 3261 §21.4.27, §14.2",
    },
    {
        .key = "491.INVITE.in_dialog",
        .brief = "offers crossed (glare); a retry follows (normal)",
        .text = {
            "This re-INVITE crossed the peer's own offer on the dialog; the session is unchanged.",
            "The Call-ID's owner retries after 2.1 to 4 s, the other side after 0 to 2 s.",
            "A retry outside those windows, or 491s in a loop, is a UA bug.",
        },
        .sources = "RFC 3261 §14.1, §14.2",
    },
    {
        .key = "491.INVITE.any",
        .brief = "offers crossed (glare); a retry follows (normal)",
        .text = {
            "Nearly always re-INVITE glare: both ends changed the session at the same time.",
            "The call goes on unchanged; look for the crossing request and for the retry.",
            "The INVITE is not in the capture; a 491 to a new INVITE would not be standard.",
        },
        .sources = "RFC 3261 §14.1, §14.2, §21.4.27",
    },
    {
        .key = "491.UPDATE.any",
        .brief = "offers crossed (glare); a retry follows (normal)",
        .text = {
            "This UPDATE's offer crossed another one still unanswered on the dialog.",
            "That is the peer's UPDATE or re-INVITE, or an offer in a reliable 18x or a PRACK.",
            "The session is unchanged; the Call-ID's owner retries after 2.1-4 s, the other 0-2 s.",
        },
        .sources = "RFC 3311 §5.2, §5.3",
    },
    {
        .key = "491.PRACK.any",
        .text = {
            "This PRACK's offer crossed an offer still unanswered on the early dialog.",
            "The session is unchanged; the offer can go again once the other one is answered.",
        },
        .sources = "RFC 3261 §21.4.27; RFC 3262 §5",
    },
    {
        .key = "491.other.any",
        .text = {
            "491 belongs to offers that cross on INVITE, UPDATE or PRACK; this use is unusual.",
            "It says another request on the same dialog was still pending: find which one.",
        },
        .sources = "RFC 3261 §21.4.27",
    },
    /* 500 Server Internal Error */
    {
        .key = "500.any.phrase_order",
        .brief = "in-dialog request out of order: its CSeq is too low",
        .text = {
            "The phrase says out of order: this request's CSeq is lower than one already seen.",
            "A UAS must refuse such an in-dialog request with 500; none of it was applied.",
            "Compare its CSeq with the sender's earlier requests: it must grow by one each time.",
            "For a BYE the call may stay up on this side; a BYE with a new CSeq would end it.",
        },
        .sources = "RFC 3261 §12.2.2, §12.2.1.1",
    },
    {
        .key = "500.INVITE.in_dialog",
        .text = {
            "The peer failed this re-INVITE; the session stays as it was.",
            "If an INVITE it got earlier on this dialog was still open, 500 is the rule.",
            "It then carries Retry-After of 0 to 10 s; otherwise the fault is at the peer.",
        },
        .sources = "RFC 3261 §14.1, §14.2, §21.5.1",
    },
    {
        .key = "500.INVITE.initial",
        .text = {
            "The new call failed inside the server that sent this 500, or in its back-end.",
            "Find which hop made it (Via, Server) and read Retry-After, Reason and the phrase.",
            "A proxy whose only answer from downstream was a 503 also turns it into a 500.",
        },
        .sources = "RFC 3261 §21.5.1, §16.7",
    },
    {
        .key = "500.INVITE.any",
        .text = {
            "A server failed on this INVITE, which is not in the capture.",
            "A new call fails; a re-INVITE leaves the session as it was.",
        },
        .sources = "RFC 3261 §14.1, §21.5.1",
    },
    {
        .key = "500.REGISTER.any",
        .text = {
            "The registrar failed on this REGISTER, e.g. in its binding database.",
            "It then applies none of its changes; earlier bindings stay until they expire.",
            "Check the registrar's back-end.",
        },
        .sources = "RFC 3261 §10.3",
    },
    {
        .key = "500.UPDATE.any",
        .text = {
            "RFC 3311 makes this 500 the rule twice, each time with Retry-After of 0 to 10 s.",
            "An earlier UPDATE was still unanswered, or the UAS had an offer not yet answered.",
            "Otherwise it is a fault at the peer; either way the session stays as it was.",
        },
        .sources = "RFC 3311 §5.2, §5.3",
    },
    {
        .key = "500.BYE.any",
        .text = {
            "The peer failed on this BYE; its sender counts the call as ended anyway.",
            "The peer may keep the call up until its own timers end it: check for media.",
        },
        .sources = "RFC 3261 §15.1.1, §21.5.1",
    },
    {
        .key = "500.other.any",
        .text = {
            "The server failed on this request; inside a dialog, the dialog goes on.",
            "Read Retry-After, Reason and the reason phrase, then the server's logs.",
        },
        .sources = "RFC 3261 §21.5.1",
    },
    /* 501 Not Implemented */
    {
        .key = "501.SUBSCRIBE.any",
        .text = {
            "The receiver does not implement SUBSCRIBE, so BLF, MWI or presence cannot work there.",
            "An unknown package alone would get 489; send subscriptions to a server that has them.",
        },
        .sources = "RFC 3261 §21.5.2; RFC 6665 §4.2.1.1",
    },
    {
        .key = "501.REFER.any",
        .text = {
            "The receiver cannot do REFER, so the transfer was not started; the call stays up.",
            "Fall back to a transfer by the PBX; the Allow of the INVITE or its 2xx shows REFER.",
        },
        .sources = "RFC 3261 §21.5.2; RFC 3515 §2.4.2",
    },
    {
        .key = "501.UPDATE.any",
        .text = {
            "The peer does not implement UPDATE, which should only go to a peer that allows it.",
            "The session is unchanged; changes and refreshes must use re-INVITE.",
            "A session timer refreshed only by UPDATE would then end the call.",
        },
        .sources = "RFC 3311 §4, §5.1; RFC 4028 §10",
    },
    {
        .key = "501.other.any",
        .text = {
            "The receiver does not implement this method, or a function the request needs.",
            "Inside a dialog only this request fails, not the call; compare with the peer's Allow.",
        },
        .sources = "RFC 3261 §21.5.2",
    },
    /* 503 Service Unavailable */
    {
        .key = "503.REGISTER.any",
        .text = {
            "The registrar, or a proxy in front of it, cannot serve this REGISTER now.",
            "The phone should try the next server (DNS SRV) now and avoid this one for Retry-After.",
            "Without Retry-After it acts as for a 500; its old binding stays until it expires.",
        },
        .sources = "RFC 3261 §21.5.4; RFC 3263 §4.3",
    },
    {
        .key = "503.INVITE.any",
        .text = {
            "The call was refused for capacity or routing: a trunk or call-rate limit, no gateway.",
            "A proxy should not pass a 503 on, so its sender is usually the one stuck.",
            "A 503 from the far UAS itself means a proxy relayed it against RFC 3261.",
            "A proxy that cannot reach its next hop also reports 503.",
        },
        .sources = "RFC 3261 §16.7, §16.9, §21.5.4",
    },
    {
        .key = "503.OPTIONS.any",
        .text = {
            "An OPTIONS probe got 503: the peer is overloaded, in maintenance, or cut off downstream.",
            "Many SBCs and proxies then mark it down and route no calls to it.",
            "Read Retry-After, and check the peer's state.",
        },
        .sources = "RFC 3261 §11.2, §21.5.4; practice: SBCs and proxies mark a peer down on a "
                   "503 to OPTIONS",
    },
    {
        .key = "503.other.any",
        .text = {
            "The receiver or a hop toward it cannot serve this request now.",
            "Without Retry-After the client treats it as 500; with it, it avoids that server.",
            "Inside a dialog only this request fails; check which hop sent it (Via, Server).",
        },
        .sources = "RFC 3261 §21.5.4, §16.9",
    },
    /* 504 Server Time-out */
    {
        .key = "504.INVITE.any",
        .text = {
            "A server on the path got no timely answer from a server it consulted, not the callee.",
            "By the RFC that is a DNS, ENUM, location, AAA or database lookup: seconds, not 32 s.",
            "A 504 after about 32 s is a B2BUA or SBC mapping its next hop's Timer B to 504.",
            "An RFC proxy would answer 408 for a silent next hop.",
        },
        .sources = "RFC 3261 §21.5.5, §16.7; practice: B2BUAs and SBCs answer a silent next hop "
                   "with 504",
    },
    {
        .key = "504.REGISTER.any",
        .text = {
            "A server this REGISTER needs did not answer in time, often an authentication back-end.",
            "RADIUS, Diameter, a database, or the real registrar behind an SBC.",
            "The old binding stays until it expires.",
        },
        .sources = "RFC 3261 §21.5.5, §10.3; practice: registrars with RADIUS or Diameter "
                   "back-ends",
    },
    {
        .key = "504.UPDATE.any",
        .text = {
            "The peer cannot apply this UPDATE without asking its user, which UPDATE cannot wait for.",
            "The session is unchanged; send such changes in a re-INVITE instead.",
            "Or a server on the path timed out on another one it consulted.",
        },
        .sources = "RFC 3311 §5.1, §5.2; RFC 3261 §21.5.5",
    },
    {
        .key = "504.other.any",
        .text = {
            "A server on the path waited in vain for another server while handling this request.",
            "Find which hop sent it (Via, Server) and what it consults: DNS, a database, AAA.",
        },
        .sources = "RFC 3261 §21.5.5",
    },
};

/* For the unit test, which holds the texts to the facts one by one. */
const size_t sx_context_texts_count = sizeof sx_context_texts / sizeof sx_context_texts[0];

/*
 * Look-alikes: how the first code differs from the second. The first
 * sentence starts with the code, and the text names the other.
 */
const sx_related_text sx_related_texts[] = {
    { 180, 183, {
        "180 says the callee's device is alerting its user: the caller plays ringback.",
        "183 reports other progress, most often early media in its SDP (an announcement, a tone).",
        "A 180 with SDP is early media too: the caller plays what arrives instead of ringback.",
    }, "RFC 3261 §21.1.2, §21.1.5, §13.2.2.1; RFC 3960" },
    { 183, 180, {
        "183 carries progress that is not alerting, usually early media from a gateway or IVR.",
        "180 says the device rings its user; without SDP the caller makes ringback itself.",
    }, "RFC 3261 §21.1.2, §21.1.5; RFC 3960" },
    { 200, 202, {
        "200 says the request was carried out.",
        "202 says it was accepted but not yet carried out, e.g. a MESSAGE stored for later.",
        "To SUBSCRIBE, NOTIFY and REFER only 200 is right: RFC 6665 and RFC 7647 deprecate 202.",
    }, "RFC 3261 §21.2.1; RFC 3428 §7; RFC 6665 §8.3.1; RFC 7647 §5" },
    { 202, 200, {
        "202 says a relay or store took the request; it is not carried out yet.",
        "200 says it was carried out, e.g. the MESSAGE reached the recipient's user agent.",
        "A 202 to SUBSCRIBE or REFER comes from an old stack: treat it as 200.",
    }, "RFC 3428 §7; RFC 6665 §8.3.1; RFC 7647 §5" },
    { 301, 302, {
        "301 says the user moved for good: callers may replace stored addresses with Contact.",
        "302 says Contact applies for now (this call, or until Expires); keep the old address.",
    }, "RFC 3261 §21.3.2, §21.3.3" },
    { 301, 305, {
        "301 gives the user's new permanent address in Contact.",
        "305 gives a proxy in Contact: the same request goes again through it, unchanged.",
    }, "RFC 3261 §21.3.2, §21.3.4" },
    { 302, 301, {
        "302 is a temporary redirect: use Contact for this call or until it expires.",
        "301 says the move is permanent, and stored addresses may be updated.",
    }, "RFC 3261 §21.3.2, §21.3.3" },
    { 302, 305, {
        "302 names new targets for the callee, so a new INVITE goes to them.",
        "305 names a proxy; the same request goes to the same target through that proxy.",
    }, "RFC 3261 §21.3.3, §21.3.4" },
    { 305, 301, {
        "305 names a proxy to go through, with the target unchanged.",
        "301 names a new permanent address of the user, which callers may store.",
    }, "RFC 3261 §21.3.2, §21.3.4" },
    { 305, 302, {
        "305 names a proxy to resend this request through, with the Request-URI unchanged.",
        "302 names new temporary targets that replace the Request-URI.",
        "Only a UAS may send 305.",
    }, "RFC 3261 §21.3.3, §21.3.4" },
    { 401, 403, {
        "401 carries a challenge (WWW-Authenticate) and expects the request with credentials.",
        "403 carries none; after credentials it usually rejects them (check the password).",
        "A 403 to a request without credentials is a policy refusal.",
    }, "RFC 3261 §21.4.2, §21.4.4, §22.1" },
    { 401, 407, {
        "401 comes from a registrar or UAS with WWW-Authenticate, answered in Authorization.",
        "407 comes from a proxy with Proxy-Authenticate, answered in Proxy-Authorization.",
    }, "RFC 3261 §21.4.2, §21.4.8, §22.2, §22.3" },
    { 403, 401, {
        "403 carries no challenge; after credentials it usually means they were rejected.",
        "Without credentials it is policy: source address, account rights, a block.",
        "401 challenges and expects the request again with Authorization.",
        "In IMS a 403 to REGISTER after the AKA response means authentication failed.",
    }, "RFC 3261 §21.4.2, §21.4.4, §22.1; 3GPP TS 24.229 §5.4.1.2" },
    { 403, 407, {
        "403 is a refusal with no challenge: rejected credentials, or policy without them.",
        "407 carries a Proxy-Authenticate challenge; the client resends with credentials.",
    }, "RFC 3261 §21.4.4, §21.4.8, §22.1" },
    { 404, 410, {
        "404 says the user is not known here, and says nothing of how long that lasts.",
        "410 says the address was here but is gone for good, with no new address known.",
    }, "RFC 3261 §21.4.5, §21.4.10" },
    { 404, 480, {
        "404 says the server knows no such user for this Request-URI.",
        "480 says the user is known but cannot be reached now, e.g. not registered.",
        "A registered-nowhere user gets 480 from a proxy that knows the user.",
    }, "RFC 3261 §21.4.5, §21.4.18" },
    { 404, 484, {
        "404 says the server looked the address up and found no such user.",
        "484 says the address is too short to route; more digits may work.",
    }, "RFC 3261 §21.4.5, §21.4.22" },
    { 404, 604, {
        "404 speaks for this domain only, and as a 4xx a proxy may still try other locations.",
        "604 is an authoritative answer that the user exists nowhere, and it stops all forks.",
    }, "RFC 3261 §21.4.5, §21.6.3, §16.7" },
    { 405, 501, {
        "405 says this target knows the method but does not allow it here; Allow lists others.",
        "501 says the receiver does not implement the method, for any target.",
    }, "RFC 3261 §21.4.6, §21.5.2" },
    { 407, 401, {
        "407 comes from a proxy on the path, with Proxy-Authenticate.",
        "401 comes from the registrar or the UAS, with WWW-Authenticate.",
        "Each is answered in its own header: Proxy-Authorization or Authorization.",
    }, "RFC 3261 §21.4.2, §21.4.8, §22.3" },
    { 407, 403, {
        "407 is a challenge, normally followed by the request with Proxy-Authorization.",
        "403 has no challenge; after credentials it rejects them, without any it is policy.",
    }, "RFC 3261 §21.4.4, §21.4.8, §22.1" },
    { 408, 480, {
        "408 says no final answer came in time, e.g. from a registered phone that never replied.",
        "480 says a server knows the user and reports them unavailable now.",
    }, "RFC 3261 §21.4.9, §21.4.18, §16.7" },
    { 408, 504, {
        "408 says the request got no final answer in time, usually at a proxy's Timer B or F.",
        "504 says a server got no timely answer from a server it consulted (DNS, database).",
        "A UA's own timeout counts as 408 but never appears on the wire.",
    }, "RFC 3261 §8.1.3.1, §16.7, §21.4.9, §21.5.5" },
    { 410, 404, {
        "410 says the address was here but was removed for good: callers should drop it.",
        "404 only says the user is not found, which may be temporary or a routing mistake.",
    }, "RFC 3261 §21.4.5, §21.4.10" },
    { 410, 484, {
        "410 says the complete address once existed here but is gone for good.",
        "484 says the address as dialled is too short to route; more digits may work.",
    }, "RFC 3261 §21.4.10, §21.4.22" },
    { 410, 604, {
        "410 comes from the server that hosted the address, which was removed for good.",
        "604 says the user exists nowhere, and as a 6xx it ends all forks.",
    }, "RFC 3261 §21.4.10, §21.6.3" },
    { 415, 488, {
        "415 refuses the body's type, encoding or language, and Accept lists what it takes.",
        "488 says the SDP was understood, but the session it offers is not acceptable here.",
    }, "RFC 3261 §21.4.13, §21.4.26" },
    { 415, 606, {
        "415 is about the body's format, and its Accept headers list what the UAS takes.",
        "606 says the SDP was read, but the session is unacceptable on any of the user's devices.",
    }, "RFC 3261 §21.4.13, §21.6.4" },
    { 420, 421, {
        "420 says the receiver lacks an extension the request required; Unsupported names it.",
        "421 is the other way round: the UAS needs an extension the request did not offer.",
    }, "RFC 3261 §21.4.15, §21.4.16" },
    { 421, 420, {
        "421 says the UAS needs an extension the request did not list in Supported.",
        "420 says the request required an extension the receiver lacks.",
        "421 names it in Require, 420 in Unsupported.",
    }, "RFC 3261 §21.4.15, §21.4.16" },
    { 422, 423, {
        "422 is about session timers: Session-Expires was below the Min-SE given in the 422.",
        "423 is about registration or subscription length: Expires below Min-Expires.",
    }, "RFC 4028 §6; RFC 3261 §21.4.17" },
    { 423, 422, {
        "423 says the Expires of a binding, subscription or publication was below Min-Expires.",
        "422 says the session timer's Session-Expires was below Min-SE.",
    }, "RFC 3261 §21.4.17; RFC 4028 §6" },
    { 480, 404, {
        "480 says the user is known but cannot be reached now: not registered, do not disturb.",
        "404 says no such user exists at this domain.",
    }, "RFC 3261 §21.4.5, §21.4.18" },
    { 480, 408, {
        "480 is a definite answer: the user is known but unavailable now.",
        "408 says no final answer came in time, e.g. from a registered phone that never replied.",
    }, "RFC 3261 §21.4.9, §21.4.18" },
    { 480, 486, {
        "480 says the callee cannot be reached now (not registered, do not disturb, away).",
        "486 says the callee's device was reached and is busy.",
        "Both may carry Retry-After.",
    }, "RFC 3261 §21.4.18, §21.4.24, §20.33" },
    { 480, 504, {
        "480 says the callee is known but unavailable now.",
        "504 says a server timed out on another server it needed, so the callee's state is unknown.",
    }, "RFC 3261 §21.4.18, §21.5.5" },
    { 480, 600, {
        "480 says the user cannot be reached now, and as a 4xx lets a proxy try other contacts.",
        "600 says the user is busy on every device, and stops all forks.",
    }, "RFC 3261 §21.4.18, §21.6.1, §16.7" },
    { 480, 603, {
        "480 says the user is unavailable, not that anyone refused.",
        "603 says the callee was reached and declined; as a 6xx it stops other devices ringing.",
    }, "RFC 3261 §21.4.18, §21.6.2, §16.7" },
    { 480, 607, {
        "480 says the user cannot be reached now and says nothing about the caller.",
        "607 says the called user marked the call unwanted, which may get later calls blocked.",
    }, "RFC 3261 §21.4.18; RFC 8197 §1" },
    { 480, 608, {
        "480 comes from the callee's side: the user is known but not reachable now.",
        "608 comes from an intermediary, such as a call-analytics engine, that rejected the call.",
    }, "RFC 3261 §21.4.18; RFC 8688 §1" },
    { 481, 487, {
        "481 says the request matched no dialog or transaction, e.g. a BYE after the call ended.",
        "487 is the INVITE's own final answer after a CANCEL or BYE stopped it in time.",
    }, "RFC 3261 §21.4.19, §21.4.25" },
    { 482, 483, {
        "482 says a server saw this request come back to it: a loop, or a merged fork.",
        "483 says Max-Forwards ran out on the way, often from the same loop seen later.",
    }, "RFC 3261 §16.3, §21.4.20, §21.4.21" },
    { 483, 482, {
        "483 says Max-Forwards reached 0, so the request went through too many hops.",
        "482 says a server recognised the request it had already handled: a loop caught early.",
    }, "RFC 3261 §16.3, §21.4.20, §21.4.21" },
    { 484, 404, {
        "484 says the address is incomplete; more digits would let it route (overlap dialling).",
        "404 says the server looked the address up and found no such user.",
    }, "RFC 3261 §21.4.5, §21.4.22" },
    { 484, 410, {
        "484 says the address is too short to route, which more digits can fix.",
        "410 says the complete address once existed here but was removed for good.",
    }, "RFC 3261 §21.4.10, §21.4.22" },
    { 484, 604, {
        "484 says the number is too short to route, and a retry with more digits may work.",
        "604 says the user exists nowhere, so no retry will help.",
    }, "RFC 3261 §21.4.22, §21.6.3" },
    { 486, 480, {
        "486 says the callee's device was reached and is busy with another call.",
        "480 says the callee cannot be reached now, not that the line is in use.",
    }, "RFC 3261 §21.4.18, §21.4.24" },
    { 486, 600, {
        "486 says only this device is busy, so a proxy may still try the user's other contacts.",
        "600 says the user is busy everywhere, and nothing else should be tried.",
    }, "RFC 3261 §21.4.24, §21.6.1" },
    { 486, 603, {
        "486 says the device is busy, and as a 4xx lets a proxy try other contacts or voicemail.",
        "603 says the callee refused the call, and as a 6xx it ends all forks.",
    }, "RFC 3261 §21.4.24, §21.6.2, §16.7" },
    { 486, 607, {
        "486 reports a busy line and says nothing about the caller.",
        "607 says the called user marked this call unwanted, which may get later calls blocked.",
    }, "RFC 3261 §21.4.24; RFC 8197 §1" },
    { 486, 608, {
        "486 comes from the callee's own device, which was reached but is busy.",
        "608 comes from an intermediary, such as a call-analytics engine, that rejected the call.",
    }, "RFC 3261 §21.4.24; RFC 8688 §1" },
    { 487, 481, {
        "487 ends an INVITE that was cancelled before its answer, while the CANCEL gets 200.",
        "481 to a CANCEL means it matched no pending INVITE, so nothing was cancelled.",
    }, "RFC 3261 §9.2, §21.4.19, §21.4.25" },
    { 488, 415, {
        "488 says the body was understood, but the session it offers (codecs, media) is refused.",
        "415 says the body's type or encoding is not supported at all; Accept lists what is.",
    }, "RFC 3261 §21.4.13, §21.4.26" },
    { 488, 606, {
        "488 refuses the offered session at this device only; another device may accept it.",
        "606 says no device of the user would, and as a 6xx it stops all forks.",
    }, "RFC 3261 §21.4.26, §21.6.4" },
    { 491, 500, {
        "491 says the peer had its own offer pending on the dialog: glare, retry after 0-4 s.",
        "500 to a re-INVITE or UPDATE can say the peer still had the sender's earlier one open.",
        "That 500 carries Retry-After of 0 to 10 s; a 500 without it is a plain fault.",
    }, "RFC 3261 §14.1, §14.2; RFC 3311 §5.2" },
    { 500, 491, {
        "500 to a re-INVITE or UPDATE may mean the sender's earlier request was still open.",
        "491 means the two sides' offers crossed (glare).",
        "Both leave the session unchanged, and both are retried after a short random delay.",
    }, "RFC 3261 §14.1, §14.2; RFC 3311 §5.2, §5.3" },
    { 500, 502, {
        "500 says the sender itself failed.",
        "502 says the sender, as a proxy or gateway, got an invalid response from the next server.",
    }, "RFC 3261 §21.5.1, §21.5.3" },
    { 500, 503, {
        "500 is an unexpected fault inside the sender.",
        "503 says the sender is overloaded or in maintenance; clients fail over to another server.",
    }, "RFC 3261 §21.5.1, §21.5.4" },
    { 501, 405, {
        "501 says the receiver does not implement the method at all.",
        "405 says it knows the method but does not allow it at this address; Allow lists others.",
    }, "RFC 3261 §21.4.6, §21.5.2" },
    { 502, 500, {
        "502 puts the fault past the sender: the next server returned an invalid response.",
        "500 says the sender itself hit an internal error.",
    }, "RFC 3261 §21.5.1, §21.5.3" },
    { 502, 503, {
        "502 says the next server did answer, but with an invalid response.",
        "503 says the sender cannot serve now (overload, maintenance) and may give Retry-After.",
    }, "RFC 3261 §21.5.3, §21.5.4" },
    { 503, 500, {
        "503 on the wire comes from an overloaded server, or from a proxy that lost its next hop.",
        "Such a proxy should have turned it into 500, which is an unexpected fault of the sender.",
        "Clients fail over on 503; without Retry-After they treat it like 500.",
    }, "RFC 3261 §16.7, §16.9, §21.5.1, §21.5.4" },
    { 503, 502, {
        "503 says the sender cannot serve now (overload, maintenance, no usable next hop).",
        "502 says the next server did answer, but with an invalid response.",
    }, "RFC 3261 §21.5.3, §21.5.4, §16.9" },
    { 504, 408, {
        "504 blames a server the sender consulted (DNS, database, AAA) for not answering.",
        "408 says the request as a whole got no final answer in time.",
    }, "RFC 3261 §21.4.9, §21.5.5" },
    { 504, 480, {
        "504 says a server timed out on another server, so nothing is known about the callee.",
        "480 is a definite answer that the callee is known but unavailable now.",
    }, "RFC 3261 §21.4.18, §21.5.5" },
    { 600, 480, {
        "600 says the user is busy on every device, and it stops all forks.",
        "480 says the user is known but unreachable now; other contacts may still be tried.",
    }, "RFC 3261 §21.4.18, §21.6.1" },
    { 600, 486, {
        "600 says the user is busy on every device, so a forking proxy cancels other branches.",
        "486 says only the device that answered is busy; other contacts may still ring.",
    }, "RFC 3261 §21.4.24, §21.6.1, §16.7" },
    { 600, 603, {
        "600 says the user cannot take the call because they are busy everywhere.",
        "603 says the user refuses it, without saying why.",
        "Both are 6xx, stop forking and may carry Retry-After.",
    }, "RFC 3261 §21.6.1, §21.6.2" },
    { 600, 607, {
        "600 says the user is busy on all devices, which says nothing about the caller.",
        "607 says the called user marked the call unwanted, which may get later calls blocked.",
    }, "RFC 3261 §21.6.1; RFC 8197 §1" },
    { 600, 608, {
        "600 comes from the callee's side, which knows the user is busy everywhere.",
        "608 comes from an intermediary, such as a call-analytics engine, that rejected the call.",
    }, "RFC 3261 §21.6.1; RFC 8688 §1" },
    { 603, 480, {
        "603 says the callee was reached and refused the call.",
        "480 says the callee cannot be reached now, and as a 4xx lets a proxy try other contacts.",
    }, "RFC 3261 §21.4.18, §21.6.2" },
    { 603, 486, {
        "603 says the callee refused the call, and as a 6xx it stops other forks.",
        "486 only says this device is busy; other contacts or voicemail may still be tried.",
    }, "RFC 3261 §21.4.24, §21.6.2" },
    { 603, 600, {
        "603 says the user refuses the call.",
        "600 says the user is busy on every device, not that they refuse it.",
        "Both are 6xx, stop forking and may carry Retry-After.",
    }, "RFC 3261 §21.6.1, §21.6.2" },
    { 603, 607, {
        "603 declines the call without giving a reason.",
        "607 says the called user marked it unwanted, which networks may use against the caller.",
    }, "RFC 3261 §21.6.2; RFC 8197 §1" },
    { 603, 608, {
        "603 is a refusal by the callee or a service acting for them.",
        "608 is a rejection by an intermediary, such as a call-analytics engine.",
    }, "RFC 3261 §21.6.2; RFC 8688 §1" },
    { 604, 404, {
        "604 is an authoritative answer that the user exists nowhere; it stops all forks.",
        "404 speaks only for the domain that answered, so other locations may still be tried.",
    }, "RFC 3261 §21.4.5, §21.6.3" },
    { 604, 410, {
        "604 says the user does not exist at any location, and ends all forks.",
        "410 says the address did exist on this server but was removed for good.",
    }, "RFC 3261 §21.4.10, §21.6.3" },
    { 604, 484, {
        "604 says the address exists nowhere, so no retry will help.",
        "484 says the address is incomplete, and may work with more digits.",
    }, "RFC 3261 §21.4.22, §21.6.3" },
    { 606, 415, {
        "606 says the session the SDP describes is unacceptable on every device of the user.",
        "415 says the body's format is not supported, and Accept lists what is.",
    }, "RFC 3261 §21.4.13, §21.6.4" },
    { 606, 488, {
        "606 says the offered session is unacceptable on every device, and stops forking.",
        "488 refuses it at this device only; another device of the user may accept it.",
    }, "RFC 3261 §21.4.26, §21.6.4" },
    { 607, 480, {
        "607 says the called user was reached and marked the call unwanted.",
        "480 says the user cannot be reached now; a later retry may succeed.",
    }, "RFC 8197 §1; RFC 3261 §21.4.18" },
    { 607, 486, {
        "607 says the called user judged the call unwanted, which may count against the caller.",
        "486 only says the device is busy; the same call may work later or elsewhere.",
    }, "RFC 8197 §1; RFC 3261 §21.4.24" },
    { 607, 600, {
        "607 says the called user marked the call unwanted.",
        "600 says the user is busy everywhere.",
        "Both stop forking, but only 607 reflects on the caller and may feed call analytics.",
    }, "RFC 8197 §1; RFC 3261 §21.6.1" },
    { 607, 603, {
        "607 says the called user rejected the call as unwanted (spam, robocall).",
        "603 declines this one call without saying why.",
    }, "RFC 8197 §1; RFC 3261 §21.6.2" },
    { 607, 608, {
        "607 is the called user's own verdict that the call is unwanted.",
        "608 is the verdict of an intermediary, such as a call-analytics engine.",
    }, "RFC 8197 §1; RFC 8688 §1" },
    { 608, 480, {
        "608 says an intermediary, such as a call-analytics engine, rejected the call outright.",
        "480 says the callee is known but not reachable now; a later retry may succeed.",
    }, "RFC 8688 §1; RFC 3261 §21.4.18" },
    { 608, 486, {
        "608 says an intermediary, such as a call-analytics engine, rejected the call.",
        "486 says the callee's own device was reached and is busy.",
    }, "RFC 8688 §1; RFC 3261 §21.4.24" },
    { 608, 600, {
        "608 comes from an intermediary, such as a call-analytics engine, that rejected the call.",
        "600 comes from the callee's side and only says the user is busy on every device.",
    }, "RFC 8688 §1; RFC 3261 §21.6.1" },
    { 608, 603, {
        "608 is a rejection by an intermediary, with Call-Info naming whom to contact.",
        "603 is a refusal by the callee or a service acting for them.",
    }, "RFC 8688 §1, §3; RFC 3261 §21.6.2" },
    { 608, 607, {
        "608 says an intermediary rejected the call on its own judgment.",
        "607 says the called user marked it unwanted.",
    }, "RFC 8688 §1; RFC 8197 §1" },
};

const size_t sx_related_texts_count = sizeof sx_related_texts / sizeof sx_related_texts[0];

/*
 * Q.850 causes: what the PSTN side reported, then what to check. The code a
 * gateway answers with (RFC 3398 §7.2.4.1) is named where the RFC gives one.
 */
const sx_q850_text sx_q850_texts[] = {
    { 1, {
        "The called number is not assigned to any subscriber.",
        "Check the dialled digits, the number format (E.164 or national) and the route chosen.",
        "Gateways answer it with 404.",
    }, "ITU-T Q.850 cause 1; RFC 3398 §7.2.4.1" },
    { 2, {
        "The network cannot reach the transit network (carrier) the call asked for.",
        "Check carrier selection prefixes and trunk routing; mostly national use.",
        "Gateways answer it with 404.",
    }, "ITU-T Q.850 cause 2; RFC 3398 §7.2.4.1" },
    { 3, {
        "The network has no route to the area of the called number.",
        "Check the dial plan, the number prefix and the trunk group chosen for it.",
        "Gateways answer it with 404.",
    }, "ITU-T Q.850 cause 3; RFC 3398 §7.2.4.1" },
    { 4, {
        "The called party cannot be reached for a lasting reason; the caller hears a special tone.",
        "Check that the number is still in service.",
    }, "ITU-T Q.850 cause 4" },
    { 5, {
        "The called number wrongly includes a trunk prefix, such as a leading 0.",
        "Check how numbers are normalised before the gateway (E.164 or national format).",
    }, "ITU-T Q.850 cause 5" },
    { 6, {
        "The far end would not take the channel (B-channel) offered for the call.",
        "Check the channel configuration and selection of the ISDN or PRI link on both sides.",
    }, "ITU-T Q.850 cause 6" },
    { 7, {
        "The call was joined to a channel already set up for similar calls (packet mode).",
        "Informational and rarely seen with SIP.",
    }, "ITU-T Q.850 cause 7" },
    { 8, {
        "The call was cleared to free resources for a call of higher precedence (MLPP).",
        "Seen in military or emergency networks; nothing to fix.",
    }, "ITU-T Q.850 cause 8" },
    { 9, {
        "The call was preempted by a higher-precedence call, which reuses its circuit.",
        "Precedence (MLPP) networks only.",
    }, "ITU-T Q.850 cause 9" },
    { 14, {
        "Query on release: the number was ported away, and the exchange before should reroute.",
        "Check the number portability (LNP) lookup on the route.",
    }, "ITU-T Q.850 cause 14" },
    { 16, {
        "One party hung up and the call ended normally: not a failure.",
        "Usual in the Reason of a BYE or CANCEL; RFC 3398 maps it to no response code.",
    }, "ITU-T Q.850 cause 16; RFC 3398 §7.2.4.1, §8.2.6.1" },
    { 17, {
        "The called user's line or device is busy.",
        "Gateways answer it with 486.",
    }, "ITU-T Q.850 cause 17; RFC 3398 §7.2.4.1" },
    { 18, {
        "The called user's equipment did not respond to the setup (no alerting) in time.",
        "Check that the device is reachable and registered; gateways answer it with 408.",
    }, "ITU-T Q.850 cause 18; RFC 3398 §7.2.4.1" },
    { 19, {
        "The called party was alerted (it rang) but nobody answered in time: a normal outcome.",
        "Check no-answer timers and forwarding; gateways answer it with 480.",
    }, "ITU-T Q.850 cause 19; RFC 3398 §7.2.4.1" },
    { 20, {
        "The called user cannot be reached, e.g. a mobile that is off or out of coverage.",
        "Try again later; gateways answer it with 480.",
    }, "ITU-T Q.850 cause 20; RFC 3398 §7.2.4.1" },
    { 21, {
        "The called party or the network refused the call, though it was neither busy nor unfit.",
        "Call barring, screening or a blocked caller ID are typical.",
        "Gateways answer it with 403, or 603 when the user side refused.",
    }, "ITU-T Q.850 cause 21; RFC 3398 §7.2.4.1" },
    { 22, {
        "The called number is no longer in use; the diagnostic may carry the new number.",
        "Gateways answer 410, or 301 with the new number in Contact when they can read it.",
    }, "ITU-T Q.850 cause 22; RFC 3398 §7.2.4.1" },
    { 23, {
        "An exchange released the call so that an earlier exchange reroutes it to a new number.",
        "Reaching SIP as a failure, it means the reroute did not happen on the SIP side.",
        "Gateways answer it with 410.",
    }, "ITU-T Q.850 cause 23; RFC 3398 §7.2.4.1" },
    { 24, {
        "A service at the called party turned the call away, such as anonymous call rejection.",
        "Check whether the caller ID was withheld (privacy, CLIR).",
    }, "ITU-T Q.850 cause 24" },
    { 25, {
        "An exchange could not route the call, typically a hop counter run out in a loop.",
        "Gateways send it for SIP 482 and 483; check the routes for loops.",
    }, "ITU-T Q.850 cause 25; RFC 3398 §8.2.6.1" },
    { 26, {
        "The call was offered to several terminals and this one was not the one chosen.",
        "Normal with forking or hunt groups, mostly in a CANCEL's or BYE's Reason.",
        "RFC 3398 maps it to 404; ANSI networks also use it for a misrouted ported number.",
    }, "ITU-T Q.850 cause 26; RFC 3398 §7.2.4.1" },
    { 27, {
        "The called party's interface is not working, e.g. its access line or link is down.",
        "Check the far-end device or trunk; gateways answer it with 502.",
    }, "ITU-T Q.850 cause 27; RFC 3398 §7.2.4.1" },
    { 28, {
        "The called number is malformed or has too few digits.",
        "Check the number format (E.164, national, prefixes); gateways answer it with 484.",
    }, "ITU-T Q.850 cause 28; RFC 3398 §7.2.4.1" },
    { 29, {
        "The network refused a supplementary service the call asked for.",
        "Check which features the setup requested; gateways answer it with 501.",
    }, "ITU-T Q.850 cause 29; RFC 3398 §7.2.4.1" },
    { 30, {
        "Carried in a STATUS message answering a STATUS ENQUIRY on an ISDN link.",
        "It reports call state only and is not a call failure.",
    }, "ITU-T Q.850 cause 30" },
    { 31, {
        "A normal ending that no more specific cause describes.",
        "Many gateways use it as a catch-all: look at the other leg for details.",
        "Gateways answer it with 480; codes RFC 3398 does not list map back to it.",
    }, "ITU-T Q.850 cause 31; RFC 3398 §7.2.4.1, §8.2.6.1" },
    { 33, {
        "A circuit on the route is out of service.",
        "Older ISDN tables list this value, current Q.850 does not; check the trunk's alarms.",
    }, "practice: older ISDN cause tables list it; ITU-T Q.850 (not listed)" },
    { 34, {
        "No free circuit or channel was left to carry the call.",
        "Check trunk capacity and channel or session limits; gateways answer it with 503.",
    }, "ITU-T Q.850 cause 34; RFC 3398 §7.2.4.1" },
    { 38, {
        "The network is failing and will likely stay so: retrying at once will not help.",
        "Check the far-end network or carrier; gateways answer it with 503.",
    }, "ITU-T Q.850 cause 38; RFC 3398 §7.2.4.1" },
    { 39, {
        "A permanent frame-mode (frame relay) connection is out of service after a fault.",
        "Not used for SIP calls; check the data link.",
    }, "ITU-T Q.850 cause 39" },
    { 40, {
        "A permanent frame-mode (frame relay) connection is working again.",
        "Informational, not a call failure.",
    }, "ITU-T Q.850 cause 40" },
    { 41, {
        "The network is failing but should recover soon, so a retry may work.",
        "Gateways answer it with 503, and send it for SIP 400, 481, 500 and 503.",
    }, "ITU-T Q.850 cause 41; RFC 3398 §7.2.4.1, §8.2.6.1" },
    { 42, {
        "The exchange or gateway handling the call is overloaded.",
        "Retry later, and check the switch's load and call-rate limits; gateways answer 503.",
    }, "ITU-T Q.850 cause 42; RFC 3398 §7.2.4.1" },
    { 43, {
        "The network could not pass on some access information, e.g. user-to-user data.",
        "The call itself may go on.",
    }, "ITU-T Q.850 cause 43" },
    { 44, {
        "The circuit or channel asked for is busy or blocked.",
        "The exchange should retry on another circuit; RFC 3398 sends no SIP code for it.",
    }, "ITU-T Q.850 cause 44; RFC 3398 §7.2.4.1" },
    { 46, {
        "No call could be preempted: all calls in use have equal or higher precedence (MLPP).",
        "Precedence networks only.",
    }, "ITU-T Q.850 cause 46" },
    { 47, {
        "A resource shortage no more specific cause describes, such as DSP or port capacity.",
        "Check the gateway's resources and limits; gateways answer it with 503.",
    }, "ITU-T Q.850 cause 47; RFC 3398 §7.2.4.1" },
    { 49, {
        "The network cannot give the quality of service the call asked for.",
        "Check the requested QoS or bandwidth against what the transit network offers.",
    }, "ITU-T Q.850 cause 49" },
    { 50, {
        "The caller asked for a supplementary service the subscription does not include.",
        "Check the line's service profile with the provider.",
    }, "ITU-T Q.850 cause 50" },
    { 53, {
        "The caller is in a closed user group that does not allow outgoing calls.",
        "Check the CUG settings of the calling line.",
    }, "ITU-T Q.850 cause 53" },
    { 55, {
        "The called user is in a closed user group that takes no incoming calls.",
        "Check the CUG settings; gateways answer it with 403.",
    }, "ITU-T Q.850 cause 55; RFC 3398 §7.2.4.1" },
    { 56, {
        "The called user is busy and has no call waiting service.",
        "Older ISDN tables list this value but current Q.850 does not.",
    }, "practice: older ISDN cause tables list it; ITU-T Q.850 (not listed)" },
    { 57, {
        "The caller may not use the bearer capability asked for, such as data or video.",
        "Check the bearer and the subscription; gateways answer it with 403.",
    }, "ITU-T Q.850 cause 57; RFC 3398 §7.2.4.1" },
    { 58, {
        "The bearer capability asked for is supported but cannot be given right now.",
        "Look for a temporary shortage on the trunk; gateways answer it with 503.",
    }, "ITU-T Q.850 cause 58; RFC 3398 §7.2.4.1" },
    { 62, {
        "The outgoing access asked for does not fit the caller's subscriber class.",
        "Check the CUG and class-of-service settings.",
    }, "ITU-T Q.850 cause 62" },
    { 63, {
        "A service or option the call needs is not available, and no specific cause fits.",
        "Compare what the call asked for (bearer, features) with the far end.",
        "Gateways send it for SIP 405.",
    }, "ITU-T Q.850 cause 63; RFC 3398 §8.2.6.1" },
    { 65, {
        "The far end does not support the bearer capability asked for, such as video or data.",
        "Check the offered media and codecs; gateways answer it with 488.",
    }, "ITU-T Q.850 cause 65; RFC 3398 §7.2.4.1, §8.2.6.1" },
    { 66, {
        "The far end or the network does not support the channel type asked for.",
        "Check the channel type and rate requested in the call setup.",
    }, "ITU-T Q.850 cause 66" },
    { 69, {
        "The network does not support the supplementary service the call asked for.",
        "Check which features the setup requested.",
    }, "ITU-T Q.850 cause 69" },
    { 70, {
        "Only restricted digital bearer capability is available, not the one asked for.",
        "Check data or video call settings; gateways answer it with 488.",
    }, "ITU-T Q.850 cause 70; RFC 3398 §7.2.4.1" },
    { 79, {
        "The far end does not implement a service or option the call needs.",
        "Gateways answer it with 501, and send it for SIP 406, 415 and 501.",
    }, "ITU-T Q.850 cause 79; RFC 3398 §7.2.4.1, §8.2.6.1" },
    { 81, {
        "A message used a call reference that is not in use on the interface.",
        "A signalling error between ISDN peers: look for a call state mismatch on the D-channel.",
    }, "ITU-T Q.850 cause 81" },
    { 82, {
        "A message named a channel that does not exist on the interface.",
        "Check the configured channel range of the PRI or trunk on both sides.",
    }, "ITU-T Q.850 cause 82" },
    { 83, {
        "A resume request gave a call identity that matches no suspended call.",
        "An ISDN suspend and resume detail, rarely seen with SIP.",
    }, "ITU-T Q.850 cause 83" },
    { 84, {
        "A suspend request gave a call identity already used by another suspended call.",
        "An ISDN suspend and resume detail, rarely seen with SIP.",
    }, "ITU-T Q.850 cause 84" },
    { 85, {
        "A resume request came but no call is suspended on the interface.",
        "An ISDN suspend and resume detail, rarely seen with SIP.",
    }, "ITU-T Q.850 cause 85" },
    { 86, {
        "The suspended call a resume asked for was cleared meanwhile, e.g. by a timeout.",
        "ISDN suspend and resume only.",
    }, "ITU-T Q.850 cause 86" },
    { 87, {
        "The call was made within a closed user group the called user is not part of.",
        "Check CUG membership; gateways answer it with 403.",
    }, "ITU-T Q.850 cause 87; RFC 3398 §7.2.4.1" },
    { 88, {
        "The called party cannot handle this kind of call, e.g. a fax to a voice-only endpoint.",
        "Check bearer capability and media; gateways answer it with 503.",
    }, "ITU-T Q.850 cause 88; RFC 3398 §7.2.4.1" },
    { 90, {
        "The closed user group named in the call does not exist.",
        "Check the CUG index or interlock code the caller sent.",
    }, "ITU-T Q.850 cause 90" },
    { 91, {
        "The transit network (carrier) selected for the call is malformed or unknown.",
        "Check the carrier selection code; national use.",
    }, "ITU-T Q.850 cause 91" },
    { 95, {
        "A signalling message was invalid, and no more specific protocol error fits.",
        "Compare the ISDN or ISUP variant and protocol settings on both sides.",
    }, "ITU-T Q.850 cause 95" },
    { 96, {
        "A message lacked an information element it must carry, such as the called number.",
        "Check how the gateway builds the setup from the SIP request.",
    }, "ITU-T Q.850 cause 96" },
    { 97, {
        "The peer received a message type it does not know or support.",
        "Check that both sides use the same ISDN or ISUP variant.",
    }, "ITU-T Q.850 cause 97" },
    { 98, {
        "The peer got a message it does not support, or one not allowed in this call state.",
        "Check for a state mismatch and the protocol variant.",
    }, "ITU-T Q.850 cause 98" },
    { 99, {
        "The peer got an information element or parameter it does not know, and ignored it.",
        "The call may go on; check the protocol variant on both sides.",
    }, "ITU-T Q.850 cause 99" },
    { 100, {
        "An information element was recognised, but its contents are invalid.",
        "E.g. a bad number encoding: check the fields the gateway maps from SIP.",
    }, "ITU-T Q.850 cause 100" },
    { 101, {
        "The peer received a message that is not allowed in the current call state.",
        "Often a timing or state mismatch between the two sides.",
    }, "ITU-T Q.850 cause 101" },
    { 102, {
        "A protocol timer expired and the call was cleared to recover, e.g. no reply to setup.",
        "Check the far end's reachability and delay; gateways answer it with 504.",
    }, "ITU-T Q.850 cause 102; RFC 3398 §7.2.4.1" },
    { 103, {
        "A parameter was not recognised but was passed on unchanged.",
        "Informational; check the ISUP variants at the interworking point.",
    }, "ITU-T Q.850 cause 103" },
    { 110, {
        "A message was dropped because it carried a parameter the exchange did not know.",
        "Check the ISUP variants at the interworking point.",
    }, "ITU-T Q.850 cause 110" },
    { 111, {
        "A protocol error that no more specific cause describes.",
        "Check the signalling on both legs of the gateway; gateways answer it with 500.",
    }, "ITU-T Q.850 cause 111; RFC 3398 §7.2.4.1" },
    { 127, {
        "The call crossed a network or gateway that gave no cause of its own.",
        "The real reason is unknown: look at the far network; gateways answer it with 500.",
        "Gateways also send it for SIP protocol errors such as 413, 420 and 505.",
    }, "ITU-T Q.850 cause 127; RFC 3398 §7.2.4.1, §8.2.6.1" },
};

const size_t sx_q850_texts_count = sizeof sx_q850_texts / sizeof sx_q850_texts[0];

/* Warning codes: what the warn-code says went wrong, then what to check. */
const sx_warning_text sx_warning_texts[] = {
    { 300, {
        "One or more network types in the session description are not available to the peer.",
        "Check the network type of the SDP c= and o= lines (normally IN).",
    }, "RFC 3261 §20.43; RFC 4566 §5.2, §5.7" },
    { 301, {
        "One or more address types in the SDP are not available, e.g. IP6 to an IPv4-only host.",
        "Check the address type of the c= lines (IP4 or IP6).",
    }, "RFC 3261 §20.43; RFC 4566 §5.7" },
    { 302, {
        "One or more transport protocols in the SDP are not available, such as RTP/SAVP.",
        "Check the proto field of the m= lines and the SRTP or DTLS settings.",
    }, "RFC 3261 §20.43; RFC 4566 §5.14" },
    { 303, {
        "The peer did not understand one or more bandwidth units (b= modifiers) in the SDP.",
        "Check the b= lines (AS, CT, TIAS) and drop the ones the peer does not know.",
    }, "RFC 3261 §20.43; RFC 4566 §5.8" },
    { 304, {
        "One or more media types offered are not available, such as video or image (T.38).",
        "Offer only the m= lines the peer takes.",
    }, "RFC 3261 §20.43; RFC 4566 §5.14" },
    { 305, {
        "One or more media formats (codecs) offered are not available at the peer.",
        "Often one m= line has no codec it takes while the others are fine; the text may say.",
        "Compare the payload types and a=rtpmap lines with the peer's codec list.",
    }, "RFC 3261 §20.43; RFC 4566 §5.14" },
    { 306, {
        "The peer does not support one or more media attributes (a= lines) in the SDP.",
        "Look for vendor-specific or newer attributes it may not know.",
    }, "RFC 3261 §20.43" },
    { 307, {
        "The peer did not understand an SDP parameter other than those of codes 300-306.",
        "Check the SDP syntax and any unusual lines in the offer.",
    }, "RFC 3261 §20.43" },
    { 308, {
        "None of the languages the offer asks for (hlang-send, hlang-recv) is supported.",
        "The warn-text should list the languages and media the callee does support.",
        "It comes with a 488 or 606 when a call is refused for want of a common language.",
    }, "RFC 8373 §5.2" },
    { 330, {
        "The site where the user is cannot receive multicast.",
        "Offer a unicast address on the c= line instead.",
    }, "RFC 3261 §20.43" },
    { 331, {
        "The user's site cannot use unicast, usually because of a firewall.",
        "Offer a multicast address, or open the firewall to the media.",
    }, "RFC 3261 §20.43" },
    { 370, {
        "The bandwidth asked for in the SDP, or used by the media, is more than is available.",
        "Lower the b= values or choose a lower-rate codec.",
    }, "RFC 3261 §20.43" },
    { 380, {
        "A proxy or UAS cannot serve this request's SIPS URI, e.g. no SIPS Contact is registered.",
        "It usually comes with a 480; retry with a sip: URI if policy allows.",
    }, "RFC 5630 §5.1.2, §5.3, §9" },
    { 381, {
        "A proxy or UAS requires the SIPS scheme for this request.",
        "It usually comes with a 480; retry with a sips: Request-URI, over TLS all the way.",
    }, "RFC 5630 §5.1.2, §5.3, §9" },
    { 399, {
        "A free-form warning: the warn-text says what is wrong, for a person to read.",
        "Receivers must take no automated action on it; warn-agent names the host that added it.",
    }, "RFC 3261 §20.43" },
};

const size_t sx_warning_texts_count = sizeof sx_warning_texts / sizeof sx_warning_texts[0];

/* For codes in a range but not registered, one text per range of context.c. */
const sx_text sx_warning_range_texts[] = {
    {
        .text = {
            "An unregistered code of 300-329, which reports a problem with the session description.",
            "The warn-text says which; the registered codes of that range are 300 to 308.",
        },
        .sources = "RFC 3261 §20.43; RFC 8373 §5.2",
    },
    {
        .text = {
            "An unregistered code of 330-339: a network service the session asked for is missing.",
            "The warn-text says which; the registered codes of that range are 330 and 331.",
        },
        .sources = "RFC 3261 §20.43",
    },
    {
        .text = {
            "An unregistered code of 370-379, which reports a quality of service problem.",
            "The warn-text says which, such as bandwidth or delay.",
        },
        .sources = "RFC 3261 §20.43",
    },
    {
        .text = {
            "An unregistered code of 390-399, the miscellaneous range: read the warn-text.",
            "392 \"Noisy feedback tells:\" is debugging output of Kamailio or OpenSIPS, not a fault.",
            "It names the proxy process, the request's source and its URIs; it can be turned off.",
        },
        .sources = "RFC 3261 §20.43; practice: Kamailio, OpenSIPS and other SER-derived proxies add "
       "Warning 392 to their own replies when sip_warning is set",
    },
};

const size_t sx_warning_range_texts_count =
    sizeof sx_warning_range_texts / sizeof sx_warning_range_texts[0];

/*
 * Situations rather than codes. The dissector fills the placeholders that
 * context.h lists beside each field.
 */
const sx_situation_texts sx_texts = {
    .resend_2xx_invite = {
        .text = {
            "Copy {copy} of this 2xx, {seconds} s after the first: the ACK has not reached the UAS.",
            "The UAS resends it for 64*T1 (32 s), then ends the call with BYE.",
            "The ACK goes end to end, to this 2xx's Contact through its Record-Route set.",
            "Check that Contact for a private address or wrong port (NAT, an ALG), and Record-Route.",
        },
        .sources = "RFC 3261 §13.3.1.4, §13.2.2.4, §12.2.1.1, §14.2",
        .brief = "resent: the ACK has not reached the callee",
    },
    .resend_final_invite = {
        .text = {
            "Copy {copy} of this final response, {seconds} s after the first: no ACK has come back.",
            "For a 3xx-6xx the ACK is hop by hop: the previous hop sends it where it sent the INVITE.",
            "It is resent on UDP only, until Timer H (64*T1, 32 s); over TCP a copy is no resend.",
            "Check that this response reaches the previous hop: its Via, received and rport (NAT).",
        },
        .sources = "RFC 3261 §17.1.1.2, §17.2.1, §18.2.2; RFC 3581 §4",
        .brief = "resent: the hop-by-hop ACK is missing",
    },
    .resend_reliable = {
        .text = {
            "Copy {copy} of this reliable 1xx (RSeq), {seconds} s after the first: no PRACK yet.",
            "The UAS resends it at doubling intervals; after 64*T1 (32 s) it rejects the INVITE (5xx).",
            "The PRACK goes in the early dialog, to this response's Contact via its Record-Route.",
            "Check that Contact and route, and that the caller really supports 100rel.",
        },
        .sources = "RFC 3262 §3, §4; RFC 3261 §12.1.2",
        .brief = "resent: the PRACK has not arrived",
    },
    .resend_provisional = {
        .text = {
            "Copy {copy} of this provisional response, which has no RSeq and is not sent reliably.",
            "A UAS sends it again when the request is resent, or each minute while the INVITE rings.",
            "Harmless; a resent INVITE only means the first 1xx did not reach the caller in time.",
        },
        .sources = "RFC 3261 §17.2.1, §13.3.1.1",
    },
    .resend_other = {
        .text = {
            "Copy {copy} of this final response, sent again because the request was sent again.",
            "A server resends its last response to a non-INVITE only when the request is resent.",
            "The client missed the first copy, or resent before it came: check loss and delay.",
        },
        .sources = "RFC 3261 §17.1.2.1, §17.2.2",
    },
    .capture_duplicate = {
        .text = {
            "The same packet as frame {frame}, captured again {ms} ms later: identical bytes.",
            "A mirror or SPAN port that sees both directions, or two capture points, does that.",
            "It is not a retransmission: nothing was lost or resent, so draw no conclusion from it.",
        },
        .sources = "RFC 3261 §17.1.1.1; practice: port mirroring copies a packet once per monitored port",
        .brief = "the same packet captured twice",
    },
    .request_resend = {
        .text = {
            "Copy {copy} of this request, {seconds} s after the first, with no final response yet.",
            "On UDP the client resends at doubling intervals until a response (for INVITE a 1xx).",
            "Look for responses going to the wrong address (Via, rport, NAT), or a peer that is down.",
        },
        .sources = "RFC 3261 §17.1.1.2, §17.1.2.2, §18.2.2",
        .brief = "sent again: no final response yet",
    },
    .ack_resend = {
        .text = {
            "Copy {copy} of this ACK: the caller acknowledges each copy of the 2xx it receives.",
            "An ACK has no response; a series of them only mirrors the 2xx copies.",
        },
        .sources = "RFC 3261 §13.2.2.4, §17.1.1.3",
        .brief = "sent again for another copy of the 2xx",
    },
    .retry_after_server = {
        .text = {
            "Do not send this server any request for {seconds} s.",
            "Retry this one on another server now, e.g. the next DNS SRV target.",
            "A 503 without Retry-After would have counted as a 500.",
        },
        .sources = "RFC 3261 §21.5.4, §20.33; RFC 3263 §4.3",
    },
    .retry_after_callee = {
        .text = {
            "The callee expects to be reachable again in {seconds} s.",
            "It is a hint for calling back, not a ban on the server; calling before then may fail.",
        },
        .sources = "RFC 3261 §20.33",
    },
    .retry_after_glare = {
        .text = {
            "Send the same request again after {seconds} s: the peer was still on an earlier one.",
            "The UAS picks that delay at random between 0 and 10 s, as the RFCs ask.",
        },
        .sources = "RFC 3261 §14.2, §20.33; RFC 3311 §5.2",
    },
    .retry_after_other = {
        .text = {
            "The sender asks the client to wait {seconds} s before it sends this request again.",
            "With a 500 it says how long the service should stay unavailable.",
        },
        .sources = "RFC 3261 §20.33, §21.5.1, §21.4.11",
    },
    .reason_no_cause = {
        .text = {
            "This Reason value has no cause: only its protocol and any text say why.",
        },
        .sources = "RFC 3326 §2",
    },
    .reason_unknown_q850 = {
        .text = {
            "Not a cause value ITU-T Q.850 defines (they run from 1 to 127, with gaps).",
            "Cause 0, often sent to mean none, is not valid either; read the text and ask the vendor.",
        },
        .sources = "ITU-T Q.850 (cause values); RFC 3326 §2",
    },
    .reason_sip_cause = {
        .text = {
            "The cause is a SIP status code: {summary}.",
        },
        .sources = "RFC 3326 §2",
    },
    .reason_unknown_protocol = {
        .text = {
            "A protocol sipexplain does not know: read the cause in that protocol's own terms.",
        },
        .sources = "RFC 3326 §2",
    },
    .reason_mapping = {
        .text = {
            "RFC 3398 pairs Q.850 cause {cause} with {mapped}, not with {code}.",
            "A gateway or B2BUA translated it its own way, as vendors do in places.",
            "The cause says what the PSTN side reported; the code is what SIP acted on.",
        },
        .sources = "RFC 3398 §7.2.4.1, §8.2.6.1; practice: gateways deviate from the RFC 3398 tables",
    },
    .reason_on_cancel = {
        .text = {
            "Reason in a CANCEL says why the caller, or a proxy for it, stopped the attempt.",
            "SIP;cause=200;text=\"Call completed elsewhere\" means another device answered.",
            "Such a call was not missed; Q.850 cause 16 or 31 means the caller hung up.",
        },
        .sources = "RFC 3326 §2; RFC 3398 §7.2.4.1, §8.2.6.1",
        .brief = "the caller gives up the call",
    },
    .reason_on_bye = {
        .text = {
            "Reason in a BYE says why the call ended, which the BYE alone does not.",
            "Q.850 cause 16 is a normal hang-up by the side that sent this BYE.",
            "Other causes name a failure on that side: read them with the explanation below.",
        },
        .sources = "RFC 3326 §2; RFC 3398 §8.2.6.1",
        .brief = "ends the call",
    },
    .unanswered_timed_out = {
        .text = {
            "This {method} got no final response: sent {copies} times over {seconds} s, then it timed out.",
            "The client acts as if it had received 408 (Timer B for INVITE, Timer F otherwise).",
            "That 408 never appears on the wire; a 408 seen in a capture was made by a proxy.",
            "Check that the peer is up, and that its responses can reach the Via address (NAT).",
        },
        .sources = "RFC 3261 §8.1.3.1, §17.1.1.2, §17.1.2.2, §16.7",
        .brief = "never answered: the client acts as on 408",
    },
    .unanswered_at_end = {
        .text = {
            "This {method} had no final response when the capture ended, {seconds} s after it.",
            "Its 64*T1 (32 s) timeout had not run out yet, so whether it failed is unknown.",
            "Capture for longer, or look for the answer on another interface.",
        },
        .sources = "RFC 3261 §17.1.1.2, §17.1.2.2",
        .brief = "not answered before the capture ends",
    },
    .ack_lost = {
        .text = {
            "The callee kept resending its 2xx after this ACK: the ACK did not reach it.",
            "An ACK to a 2xx goes end to end, to the 2xx's Contact through its Record-Route set.",
            "Check that Contact for a private address or wrong port (NAT, an ALG) and the route.",
        },
        .sources = "RFC 3261 §13.2.2.4, §13.3.1.4, §12.2.1.1",
        .brief = "the ACK does not reach the callee",
    },
    .bye_after_failed_refresh = {
        .text = {
            "This BYE follows a {code} to a re-INVITE or UPDATE of the call.",
            "A UAC ends the dialog when a request inside it gets 408 or 481 (RFC 3261 §12.2.1.2).",
            "Calls that drop on a session refresh: check that the peer's Contact stays reachable.",
        },
        .sources = "RFC 3261 §12.2.1.2, §14.1; RFC 3311 §5.3; RFC 4028 §10",
        .brief = "ends the call after a failed re-INVITE",
    },
    .retry_missing = {
        .text = {
            "No new {method} followed in this call: the client did not retry as the response asks.",
            "The change it wanted did not happen: check the client's handling of this code.",
        },
        .sources = "RFC 3261 §10.3, §14.1, §21.4.17, §21.4.27; RFC 4028 §6",
        .brief = "no retry followed",
    },
    .prack_lost = {
        .text = {
            "The reliable provisional kept coming after this PRACK: the PRACK did not reach the UAS.",
            "A PRACK goes in the early dialog, to the 1xx's Contact through its Record-Route set.",
            "Check that Contact for a private or wrong address (NAT, an ALG) and the route.",
        },
        .sources = "RFC 3262 §3, §4; RFC 3261 §12.1.2, §12.2.1.1",
        .brief = "the PRACK does not reach the UAS",
    },
    .resent_after_refusal = {
        .text = {
            "Credentials for a realm that frame {frame} refused, sent again.",
            "A client must not resend rejected credentials (§22.1); a new nonce changes nothing.",
            "If the password was not changed in between, servers and fail2ban lock the account out.",
        },
        .sources = "RFC 3261 §22.1; practice: fail2ban and SBCs block sources that repeat failures",
        .brief = "credentials resent after a refusal",
    },
    .overlapping_invite = {
        .text = {
            "A re-INVITE while this side's previous INVITE (frame {frame}) has no final response.",
            "A UAC must not start an INVITE while another is in progress in the dialog (§14.1).",
            "The peer answers it 500 with Retry-After; wait for the final response before the next.",
        },
        .sources = "RFC 3261 §14.1, §14.2",
        .brief = "a second re-INVITE before the first is answered",
    },
    .out_of_order = {
        .text = {
            "CSeq {cseq} is lower than this side's last request in the dialog ({last}).",
            "The peer must reject it with 500 (RFC 3261 §12.2.2): each new request raises CSeq.",
            "A UA that restarted, or two devices sharing the dialog, does this.",
        },
        .sources = "RFC 3261 §12.2.1.1, §12.2.2",
        .brief = "CSeq out of order: lower than this side's last",
    },
    .ack_never_arrived = {
        .text = {
            "No ACK for this 2xx appears in the capture.",
            "Without one the UAS resends the 2xx for 32 s, then ends the call with BYE.",
            "If a proxy did not Record-Route, the ACK goes straight to Contact, past this capture.",
            "Otherwise check that the 2xx reaches the caller, and the Contact the ACK is sent to.",
        },
        .sources = "RFC 3261 §13.3.1.4, §13.2.2.4, §16.6",
        .brief = "the ACK never arrived",
    },
    .bye_after_ack_timeout = {
        .text = {
            "This BYE follows 32 s (64*T1) of 2xx retransmissions with no ACK.",
            "The UAS ends a call whose ACK never came: the classic drop after about 30 s.",
            "Fix the ACK's path: the 2xx's Contact, Record-Route, NAT and any ALG.",
        },
        .sources = "RFC 3261 §13.3.1.4, §14.2",
        .brief = "ends the call: the ACK never arrived",
    },
    .prack_never_arrived = {
        .text = {
            "No PRACK for this reliable provisional response appears in the capture.",
            "The UAS resends it for 32 s, then rejects the INVITE with a 5xx.",
            "Check the caller's 100rel support and the route to this response's Contact.",
        },
        .sources = "RFC 3262 §3, §4",
        .brief = "the PRACK never arrived",
    },
    .final_after_prack_timeout = {
        .text = {
            "This final response follows a reliable provisional resent without any PRACK.",
            "The UAS gave up waiting for the PRACK and rejected the INVITE, whatever its phrase says.",
            "Check that the caller supports 100rel and that its PRACK reaches this 18x's Contact.",
        },
        .sources = "RFC 3262 §3",
        .brief = "rejected: the PRACK never arrived",
    },
    .challenge_unanswered = {
        .text = {
            "No request with credentials followed this challenge in the capture.",
            "The client has no account for this realm, gave up, or answered by another path.",
            "A challenged BYE left unanswered keeps the call up on the far side.",
        },
        .sources = "RFC 3261 §22.2, §22.3, §15.1.2",
        .brief = "challenge never answered with credentials",
    },
    .cancel_crossed_2xx = {
        .text = {
            "The caller cancelled this INVITE, but the 2xx crossed the CANCEL: the call is answered.",
            "The caller must still ACK it, then end the call with BYE if it no longer wants it.",
            "A 200 to the CANCEL does not undo this, and no 487 will come.",
        },
        .sources = "RFC 3261 §9.2, §15; RFC 3398 §8.2.7",
        .brief = "answered although cancelled: ACK, then BYE",
    },
    .no_cseq = {
        .text = {
            "This response has no CSeq, so nothing ties it to a request: its context is unknown.",
            "No client transaction can match it, so it has no effect on the exchange.",
            "CSeq is mandatory in every response; report the sender (Via, Server) to its vendor.",
        },
        .sources = "RFC 3261 §8.1.1.5, §8.2.6.2, §17.1.3, §20.16",
    },
    .answer_missing = {
        .text = {
            "This response lacks a header its RFC makes mandatory, or carries it unusable.",
            "Without it the client cannot do what the response asks: report it to the sender's vendor.",
        },
        .sources = "RFC 3261 §20, §21; RFC 4028 §6; RFC 6442 §4.3",
        .brief = "lacks the header that carries its answer",
    },
    .warning_unassigned = {
        .text = {
            "In 300-399 but in no range RFC 3261 defines (300-329, 330-339, 370-379, 390-399).",
            "No meaning is registered for it: only the warn-text and the warn-agent explain it.",
        },
        .sources = "RFC 3261 §20.43, §27.2",
    },
    .warning_outside = {
        .text = {
            "Not a SIP warning code: SIP's own are 3xx, and 1xx and 2xx were taken by HTTP.",
            "Read the warn-text, and the warn-agent for the host that added it.",
        },
        .sources = "RFC 3261 §20.43",
    },
};

const sx_origin_texts sx_origins = {
    .software = "{header}: {value}",
    .warning_agent = "Warning agent {agent}",
    .q850_gateway = "a gateway from the telephone network (its Q.850 cause)",
    .other_sender = "another host than the one that sent the 1xx of frame {frame}",
    .sources = "RFC 3261 §20.35, §20.41, §20.43; RFC 3326 §2; RFC 6432 §3",
};

const sx_call_texts sx_calls = {
    .setting_up = "no final response before the capture ends",
    .no_answer = "no answer: the INVITE timed out after {seconds}",
    .rejected = "rejected: {code} after {setup}",
    /* RFC 3261 §8.1.3.4, §21.3: the caller retries at the Contact of the 3xx. */
    .redirected = "redirected: {code} after {setup}",
    .redirected_to = ", to {target}",
    .redirected_nowhere = "; it names no Contact to follow, so the call fails",
    /* RFC 3261 §9.1, §15: a 487 ends an INVITE that a CANCEL (or a BYE) stopped. */
    .terminated = "terminated: {code} after {setup}",
    .terminated_unseen = "; its CANCEL is not in this capture (sent on another leg, or by a proxy)",
    .cancelled = "cancelled by the caller after {setup}, before it rang",
    .cancelled_ringing = "cancelled by the caller after {ring} of ringing",
    .answered_elsewhere = "answered elsewhere: the caller's CANCEL says another device took it",
    .answered = "answered after {setup}",
    .ended = "ended by the {side} after {talk}",
    .ended_ack_timeout = "ended by the callee after {talk}: the ACK never arrived",
    .ended_refresh_failed = "ended by the {side} after {talk}: a re-INVITE or UPDATE got {refresh}",
    .caller = "caller",
    .callee = "callee",
    .reason = " ({protocol} {cause}, {name})",
    .cancel_crossed = "; the CANCEL crossed the answer",
    .rejected_by = ", from {software}",
    /* RFC 3262 §3: a UAS that gets no PRACK for 64*T1 rejects the INVITE with a 5xx. */
    .rejected_prack = "; the PRACK never arrived",
    .sources = "RFC 3261 §8.1.3.4, §9.1, §13.3.1.4, §15, §17.1.1.2, §21.3; RFC 3326 §2, §3",
};
