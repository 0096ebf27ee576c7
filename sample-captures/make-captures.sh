#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Remakes every capture in this folder:
#   - SIPp exchanges on loopback, recorded with dumpcap (needs the right to
#     capture on lo, e.g. root), from the scenarios in sipp/;
#   - crafted captures, made with text2pcap from crafted/*.txt, for what SIPp
#     will not send (codes outside 100-699, several messages per TCP segment)
#     and for exchanges that need exact timing and several hosts
#     (retransmissions, lost ACKs, capture duplicates, call outcomes).
# Needs sipp (Debian package sip-tester) and dumpcap, text2pcap (tshark).
#
#   sudo ./make-captures.sh             # all of them
#   ./make-captures.sh --crafted-only   # only the crafted ones: no root, no
#                                       # SIPp, the same bytes on every run
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
crafted_only=0
[ "${1:-}" = --crafted-only ] && crafted_only=1
work=$(mktemp -d)
capture_pid=
cleanup() {
    [ -n "$capture_pid" ] && kill "$capture_pid" 2>/dev/null || true
    pkill -f "sipp -sf $work/" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

uas_port=5060
uac_port=5070

# --- recording --------------------------------------------------------------

start_capture() {   # start_capture OUTPUT.pcapng
    rm -f "$work/raw.pcapng"
    dumpcap -q -i lo -f "${capture_filter:-port $uas_port or port $uac_port}" \
        -w "$work/raw.pcapng" 2>"$work/dumpcap.log" &
    capture_pid=$!
    for _ in $(seq 50); do
        [ -s "$work/raw.pcapng" ] && break
        sleep 0.1
    done
    sleep 0.5
    capture_output=$1
}

stop_capture() {
    sleep 0.5
    kill -INT "$capture_pid"
    wait "$capture_pid" || true
    capture_pid=
    cp "$work/raw.pcapng" "$here/$capture_output"
    chmod 644 "$here/$capture_output"
    echo "  $capture_output: $(capinfos -c -M "$here/$capture_output" | awk '/Number of packets/ {print $NF}') packets"
}

# --- SIPp -------------------------------------------------------------------

transport=u1
address=127.0.0.1

# run_pair UAC.xml UAS.xml: one call between two SIPp
# instances on $uas_port and $uac_port; the UAC must be done in $uac_limit s.
uac_limit=30
run_pair() {
    local target=$address uac=$1 uas_xml=$2 log=$work/$uas_port
    [[ $address == *:* ]] && target="[$address]"
    (cd "$work" && exec sipp -sf "$uas_xml" -t "$transport" -i "$address" -p "$uas_port" \
        -m 1 -nostdin >"$log-uas.log" 2>&1) &
    local uas=$!
    sleep 0.3
    if ! (cd "$work" && timeout "$uac_limit" sipp -sf "$uac" "$target:$uas_port" -t "$transport" \
            -i "$address" -p "$uac_port" -m 1 -nostdin >"$log-uac.log" 2>&1); then
        echo "SIPp exchange failed: $(basename "$uac") / $(basename "$uas_xml")" >&2
        cat "$log-uac.log" "$log-uas.log" "$work"/*errors.log >&2 2>/dev/null || true
        exit 1
    fi
    if ! wait "$uas"; then
        echo "SIPp exchange failed: $(basename "$uac") / $(basename "$uas_xml")" >&2
        cat "$log-uas.log" "$work"/*errors.log >&2 2>/dev/null || true
        exit 1
    fi
}

flow() {   # flow NAME: a scenario pair from sipp/
    run_pair "$here/sipp/$1-uac.xml" "$here/sipp/$1-uas.xml"
}

header_lines() {   # "A: 1|B: 2" -> one header per line, indented as in scenarios
    [ "$1" = - ] && return
    tr '|' '\n' <<<"$1" | sed 's/^ */      /'
}

request_body() {
    case $1 in
    INVITE) cat <<'SDP'

      v=0
      o=alice 2890844526 2890844526 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio [media_port] RTP/AVP 0 8
      a=rtpmap:0 PCMU/8000
      a=rtpmap:8 PCMA/8000
SDP
    ;;
    MESSAGE) printf '\n      Are you there, Bob?\n' ;;
    *) echo ;;
    esac
}

# exchange METHOD PROVISIONALS "CODE PHRASE" RESPONSE-HEADERS REQUEST-HEADERS:
# one request answered by the given provisional and final responses.
exchange() {
    local method=$1 provisionals=$2 final=$3 response_headers=$4 request_headers=$5
    local code=${final%% *} uri="sip:bob@sipexplain.test" to='"Bob" <sip:bob@sipexplain.test>'
    local content_type= extra_request
    if [ "$method" = REGISTER ]; then
        uri="sip:sipexplain.test"; to='"Alice" <sip:alice@sipexplain.test>'
    fi
    [ "$method" = INVITE ] && content_type="      Content-Type: application/sdp"
    extra_request=$(header_lines "$request_headers")
    {
        cat <<XML
<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="$method $final">
  <send retrans="500">
    <![CDATA[
      $method $uri SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: "Alice" <sip:alice@sipexplain.test>;tag=[pid]SIPpTag00[call_number]
      To: $to
      Call-ID: [call_id]
      CSeq: 1 $method
      Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      User-Agent: sipexplain sample phone
${extra_request}${extra_request:+
}${content_type}${content_type:+
}      Content-Length: [len]
$(request_body "$method")
    ]]>
  </send>
XML
        local p
        for p in ${provisionals//,/ }; do
            [ "$p" = - ] || echo "  <recv response=\"$p\" optional=\"true\" />"
        done
        echo "  <recv response=\"$code\" />"
        if [ "$method" = INVITE ]; then
            cat <<XML
  <send>
    <![CDATA[
      ACK $uri SIP/2.0
      [last_Via:]
      From: "Alice" <sip:alice@sipexplain.test>;tag=[pid]SIPpTag00[call_number]
      To: $to[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
XML
        fi
        echo "</scenario>"
    } >"$work/uac.xml"

    {
        cat <<XML
<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="answers $method with $final">
  <recv request="$method" />
XML
        local status
        for status in ${provisionals//,/ } "$final"; do
            [ "$status" = - ] && continue
            local tag=";tag=[pid]SIPpTag01[call_number]" extra=
            [ "$status" = 100 ] && tag=
            [ "$status" = "$final" ] && extra=$(header_lines "$response_headers")
            [ "$status" = "$final" ] || status="$status $(provisional_phrase "$status")"
            cat <<XML
  <send>
    <![CDATA[
      SIP/2.0 $status
      [last_Via:]
      [last_From:]
      [last_To:]$tag
      [last_Call-ID:]
      [last_CSeq:]
${extra}${extra:+
}      Server: sipexplain sample server
      Content-Length: 0

    ]]>
  </send>
XML
        done
        [ "$method" = INVITE ] && echo '  <recv request="ACK" />'
        echo "</scenario>"
    } >"$work/uas.xml"
    run_pair "$work/uac.xml" "$work/uas.xml"
}

provisional_phrase() {
    case $1 in
    100) echo Trying ;; 180) echo Ringing ;; 181) echo Call Is Being Forwarded ;;
    182) echo Queued ;; 183) echo Session Progress ;; 199) echo Early Dialog Terminated ;;
    *) echo Progress ;;
    esac
}

everyday_flows() {
    flow register
    flow call
    flow cancel
    flow subscribe
    exchange OPTIONS - "200 OK" "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE" -
    exchange MESSAGE - "200 OK" - "Content-Type: text/plain"
}

# The exchanges that go wrong, and their look-alikes, each a call of its
# own. The timeouts take 32 s (64*T1), so the calls run side by side, each
# pair on its own two ports; the capture ends when the last has finished.
# The copies sent while a timer runs are written out in the scenarios with
# their pauses: SIPp's own retransmission (retrans=) keeps a call asleep
# until the next copy is due, even after a receive timeout has passed.
exchange_flows() {
    local pids=() n=0 status=0 pid
    # exchange_call NAME UAC.xml UAS.xml: one call in the background
    exchange_call() {
        shift
        (uas_port=$((5100 + 2 * n)) uac_port=$((5101 + 2 * n)) uac_limit=60 run_pair "$@") &
        pids+=($!)
        n=$((n + 1))
        sleep 0.5
    }
    exchange_call normal "$here/sipp/call-uac.xml" "$here/sipp/call-uas.xml"
    exchange_call ack-lost "$here/sipp/ack-lost-uac.xml" "$here/sipp/ack-lost-uas.xml"
    exchange_call invite-unanswered "$here/sipp/invite-unanswered-uac.xml" "$here/sipp/invite-unanswered-uas.xml"
    exchange_call prack-missing "$here/sipp/prack-missing-uac.xml" "$here/sipp/prack-missing-uas.xml"
    exchange_call challenge-unanswered "$here/sipp/challenge-unanswered-uac.xml" \
        "$here/sipp/challenge-unanswered-uas.xml"
    exchange_call cancel-race "$here/sipp/cancel-race-uac.xml" "$here/sipp/cancel-race-uas.xml"
    exchange_call bye-reason "$here/sipp/bye-reason-uac.xml" "$here/sipp/bye-reason-uas.xml"
    exchange_call elsewhere "$here/sipp/elsewhere-uac.xml" "$here/sipp/cancel-uas.xml"
    for pid in "${pids[@]}"; do
        wait "$pid" || status=1
    done
    [ "$status" = 0 ] || exit 1
}

# The SIPp captures (skipped with --crafted-only).
sipp_captures() {
echo "SIPp captures:"
transport=u1 address=127.0.0.1
start_capture calls-udp.pcapng
everyday_flows
stop_capture

transport=t1 address=127.0.0.1
start_capture calls-tcp.pcapng
everyday_flows
stop_capture

transport=u1 address=::1
start_capture calls-ipv6.pcapng
everyday_flows
stop_capture

transport=u1 address=127.0.0.1
start_capture context-udp.pcapng
flow register-refused
flow reinvite
stop_capture

transport=u1 address=127.0.0.1
start_capture every-code-udp.pcapng
while IFS=$'\t' read -r method provisionals final response_headers request_headers; do
    exchange "$method" "$provisionals" "$final" "$response_headers" "$request_headers"
done < <(grep -v '^#' "$here/sipp/every-code.tsv")
stop_capture

transport=u1 address=127.0.0.1
capture_filter="udp portrange 5100-5199"
start_capture exchange-sipp.pcapng
exchange_flows
stop_capture
capture_filter=
}
[ "$crafted_only" = 1 ] || sipp_captures

# --- crafted ----------------------------------------------------------------

# Crafted sources: SIP text in blocks, the format tools/craft-capture.sh reads.
# shellcheck source=../tools/craft-capture.sh
source "$here/../tools/craft-capture.sh"

craft() {   # craft SOURCE.txt OUTPUT.pcapng TEXT2PCAP-OPTIONS...
    local source=$1 output=$2
    shift 2
    craft_capture "$source" "$here/$output" "$@"
    echo "  $output: $(capinfos -c -M "$here/$output" | awk '/Number of packets/ {print $NF}') packets"
}

echo "Crafted captures:"
craft "$here/crafted/tcp-multi-message.txt" tcp-multi-message.pcapng \
    -T 5060,40000 -4 192.0.2.10,198.51.100.20
craft "$here/crafted/odd-codes.txt" odd-codes.pcapng \
    -u 5060,5060 -6 2001:db8::10,2001:db8::20
craft "$here/crafted/reason-warning.txt" reason-warning.pcapng \
    -u 5060,5060 -4 192.0.2.10,198.51.100.20
# Sources that name their hosts and times (%host, >>> a -> b @t): the tool
# builds every header itself, so they take no text2pcap options.
craft "$here/crafted/credentials.txt" credentials.pcapng
craft "$here/crafted/retransmissions.txt" retransmissions.pcapng
craft "$here/crafted/context-rules.txt" context-rules.pcapng
craft "$here/crafted/q850-warning.txt" q850-warning.pcapng
craft "$here/crafted/answer-headers.txt" answer-headers.pcapng
craft "$here/crafted/origin-phrases.txt" origin-phrases.pcapng
craft "$here/crafted/call-outcomes.txt" call-outcomes.pcapng
craft "$here/crafted/healthy.txt" healthy.pcapng
craft "$here/crafted/failures.txt" failures.pcapng
