-- SPDX-License-Identifier: GPL-2.0-or-later
--
-- A Lua post-dissector doing a small part of sipexplain's job, only for
-- bench/run-bench.sh: it measures what the same idea costs in Lua, so that
-- the README can compare. Under each SIP response it adds a subtree with the
-- code, the class, the CSeq method and a one-line summary from the table of
-- the 75 registered codes (phrases and short meanings copied from
-- plugin/reference/sip_responses_en.c).
--
--   tshark -X lua_script:bench/lua/sipexplain.lua -r capture.pcap -O sipexplain_lua
--
-- Its protocol is "sipexplain_lua", not "sipexplain", so that it can be
-- loaded next to the C plugin.

local status_code = Field.new("sip.Status-Code")
local cseq_method = Field.new("sip.CSeq.method")

local class_names = {
    [1] = "Provisional", [2] = "Success", [3] = "Redirection",
    [4] = "Client Failure", [5] = "Server Failure", [6] = "Global Failure",
}

-- code = { registered phrase, short meaning }
local responses = {
    [100] = { "Trying", "the next hop got the request and is working on it" },
    [180] = { "Ringing", "the callee's device is alerting the user" },
    [181] = { "Call Is Being Forwarded", "a server is sending the call on to other destinations" },
    [182] = { "Queued", "the callee is unavailable and the call is held waiting for them" },
    [183] = { "Session Progress", "call progress update, usually with SDP for early media" },
    [199] = { "Early Dialog Terminated", "one forked branch's early dialog ended; the call is still pending" },
    [200] = { "OK", "the request succeeded; what that means depends on the CSeq method" },
    [202] = { "Accepted (deprecated)", "request accepted for processing; handle it exactly like 200" },
    [204] = { "No Notification", "subscription accepted but no NOTIFY will be sent (state unchanged)" },
    [300] = { "Multiple Choices", "the target has several addresses; Contact lists them to choose from" },
    [301] = { "Moved Permanently", "the user has a new permanent address, given in Contact" },
    [302] = { "Moved Temporarily", "the callee is reachable at another address for now, see Contact" },
    [305] = { "Use Proxy", "resend this request through the proxy named in Contact" },
    [380] = { "Alternative Service", "the call failed but another service can be used, see the body" },
    [400] = { "Bad Request", "the request is malformed or lacks a mandatory header" },
    [401] = { "Unauthorized", "digest challenge from the registrar or UAS; resend with credentials" },
    [402] = { "Payment Required", "reserved code; providers use it for no credit or a billing block" },
    [403] = { "Forbidden", "the server refuses this request; re-authenticating will not help" },
    [404] = { "Not Found", "the user or number does not exist at the target domain" },
    [405] = { "Method Not Allowed", "the target does not accept this method; see Allow" },
    [406] = { "Not Acceptable", "no body type allowed by the request's Accept header can be produced" },
    [407] = { "Proxy Authentication Required", "digest challenge from a proxy; resend with Proxy-Authorization" },
    [408] = { "Request Timeout", "no final response came in time from the next hop or the target" },
    [410] = { "Gone", "the target no longer exists here and no forwarding address is known" },
    [412] = { "Conditional Request Failed", "the entity-tag in SIP-If-Match matches no current publication" },
    [413] = { "Request Entity Too Large", "the request body is bigger than the server is willing to process" },
    [414] = { "Request-URI Too Long", "the Request-URI is longer than the server will interpret" },
    [415] = { "Unsupported Media Type", "the body's content type, encoding or language is not accepted" },
    [416] = { "Unsupported URI Scheme", "the server does not handle the scheme of the Request-URI" },
    [417] = { "Unknown Resource-Priority", "the Resource-Priority namespace or value is not understood" },
    [420] = { "Bad Extension", "an option tag in Require or Proxy-Require is not supported" },
    [421] = { "Extension Required", "the server needs an extension the request did not offer in Supported" },
    [422] = { "Session Interval Too Small", "the requested Session-Expires is below the smallest interval allowed" },
    [423] = { "Interval Too Brief", "the requested expiration is below the server's minimum" },
    [424] = { "Bad Location Information", "the location information in the request is bad or unusable" },
    [425] = { "Bad Alert Message", "the alert (CAP) data of a non-interactive emergency call is unusable" },
    [428] = { "Use Identity Header", "the server's policy requires a usable Identity header and none came" },
    [429] = { "Provide Referrer Identity", "the referred request lacks a valid Referred-By token" },
    [430] = { "Flow Failed", "the outbound flow (connection) to the target UA has failed" },
    [433] = { "Anonymity Disallowed", "the callee does not accept anonymous requests" },
    [436] = { "Bad Identity Info", "the verifier could not fetch the credential the Identity header names" },
    [437] = { "Unsupported Credential", "the verifier does not accept the signer's credential" },
    [438] = { "Invalid Identity Header", "no Identity header carried a valid, supported PASSporT" },
    [439] = { "First Hop Lacks Outbound Support", "the registrar supports SIP Outbound but the first hop does not" },
    [440] = { "Max-Breadth Exceeded", "the proxy has too little Max-Breadth left to fork the request" },
    [469] = { "Bad Info Package", "the INFO uses an Info Package the receiver did not agree to receive" },
    [470] = { "Consent Needed", "a recipient has not given the relay permission to send to it" },
    [480] = { "Temporarily Unavailable", "the callee is known but cannot be reached at the moment" },
    [481] = { "Call/Transaction Does Not Exist", "the request matches no dialog or transaction the receiver knows" },
    [482] = { "Loop Detected", "the request came back to a server it had already passed through" },
    [483] = { "Too Many Hops", "the Max-Forwards count ran out before the request reached its target" },
    [484] = { "Address Incomplete", "the dialed number or address is too short to be routed" },
    [485] = { "Ambiguous", "the address matches several users and the server cannot pick one" },
    [486] = { "Busy Here", "the callee's device is busy and cannot take the call now" },
    [487] = { "Request Terminated", "the pending request was ended by a CANCEL or BYE before it completed" },
    [488] = { "Not Acceptable Here", "the callee cannot accept the session description that was offered" },
    [489] = { "Bad Event", "the receiver does not support the event package named in the request" },
    [491] = { "Request Pending", "another offer on the same dialog is still in progress (glare)" },
    [493] = { "Undecipherable", "the receiver has no key to decrypt the request's S/MIME body" },
    [494] = { "Security Agreement Required", "the server wants a security mechanism agreed before it goes on" },
    [500] = { "Server Internal Error", "the server failed while handling the request" },
    [501] = { "Not Implemented", "the server does not implement the request method" },
    [502] = { "Bad Gateway", "a gateway or proxy got an invalid answer from the next server" },
    [503] = { "Service Unavailable", "the server is overloaded, in maintenance or cannot reach its next hop" },
    [504] = { "Server Time-out", "a server it relied on did not answer in time" },
    [505] = { "Version Not Supported", "the server does not support the SIP version used in the request" },
    [513] = { "Message Too Large", "the request is bigger than the server is able to process" },
    [555] = { "Push Notification Service Not Supported", "the server cannot wake this UA through the push provider it named" },
    [580] = { "Precondition Failure", "the callee cannot meet the QoS or other preconditions of the offer" },
    [600] = { "Busy Everywhere", "the callee is busy on every device and will not take the call" },
    [603] = { "Decline", "the callee actively refused the call" },
    [604] = { "Does Not Exist Anywhere", "the target user is known not to exist at any location" },
    [606] = { "Not Acceptable", "the offered session is unacceptable to the callee on any device" },
    [607] = { "Unwanted", "the called person flagged this call as spam or a nuisance" },
    [608] = { "Rejected", "an intermediary such as a call analytics engine blocked the call" },
}

local proto = Proto("sipexplain_lua", "SIP Response Explanation (Lua)")
local f_code = ProtoField.uint16("sipexplain_lua.code", "Status code", base.DEC)
local f_class = ProtoField.uint8("sipexplain_lua.class", "Class", base.DEC, class_names)
local f_method = ProtoField.string("sipexplain_lua.method", "Method")
local f_summary = ProtoField.string("sipexplain_lua.summary", "Summary")
proto.fields = { f_code, f_class, f_method, f_summary }

local function summary_of(code)
    local class = math.floor(code / 100)
    local name = class_names[class]
    local known = responses[code]
    if name == nil then
        return string.format("%d Invalid: not a SIP status code; only 100-699 have a class", code)
    elseif known then
        return string.format("%d %s (%s): %s", code, known[1], name, known[2])
    end
    return string.format("%d Unregistered (%s): handled as %d", code, name, class * 100)
end

function proto.dissector(tvb, pinfo, tree)
    local codes = { status_code() }
    if #codes == 0 then
        return
    end
    local methods = { cseq_method() }
    for _, code_field in ipairs(codes) do
        local code = code_field.value
        -- The method of the same message: the first CSeq after the status line
        -- (a TCP segment may carry several messages).
        local method
        for _, method_field in ipairs(methods) do
            if method_field.offset > code_field.offset then
                method = method_field.value
                break
            end
        end
        local summary = summary_of(code)
        local subtree = tree:add(proto, "SIP Response Explanation: " .. summary)
        subtree:add(f_summary, summary):set_generated()
        subtree:add(f_code, code):set_generated()
        local class = math.floor(code / 100)
        if class_names[class] then
            subtree:add(f_class, class):set_generated()
        end
        if method then
            subtree:add(f_method, method):set_generated()
        end
    end
end

register_postdissector(proto)
