#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Records recorded/tls.pcapng: the exchange of tls.txt over TLS on loopback
# port 5061, between openssl s_client and s_server with a throwaway
# self-signed certificate, captured with dumpcap; the session keys are then
# stored in the capture (editcap --inject-secrets tls) so that Wireshark
# decrypts it without a key file. TLS keys are random, so unlike the
# text2pcap captures this one is kept in git; run this only to change it.
#
#   sudo tests/bad-input/record-tls.sh
# Needs openssl, dumpcap and editcap, and the right to capture on lo (root).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
port=5061
work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# The client's and the server's message: the blocks of tls.txt, in CRLF.
block() {   # block client|server
    awk -v who="$1" '/^#/ { next } /^>>> / { on = ($2 == who); next } on' "$here/tls.txt" |
        sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' | sed 's/$/\r/'
    printf '\r\n'
}
block client >"$work/request"
block server >"$work/response"

openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=tls.sipexplain.test" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null

dumpcap -q -i lo -f "tcp port $port" -w "$work/raw.pcapng" 2>"$work/dumpcap.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/raw.pcapng" ] && break; sleep 0.1; done
sleep 0.5

# The server sends the response a moment after the request arrived, and
# keeps its input open until the client is done.
{ sleep 1.5; cat "$work/response"; sleep 2; } |
    timeout 15 openssl s_server -accept "$port" -naccept 1 -cert "$work/cert.pem" \
        -key "$work/key.pem" -keylogfile "$work/keys.txt" -quiet \
        >"$work/server-received" 2>"$work/server.log" &
pids+=($!)
sleep 0.5
{ cat "$work/request"; sleep 3; } |
    timeout 10 openssl s_client -connect "127.0.0.1:$port" -quiet \
        >"$work/client-received" 2>"$work/client.log" || true
sleep 1
kill -INT "${pids[0]}"
wait "${pids[0]}" || true

if ! cmp -s "$work/response" "$work/client-received"; then
    echo "$0: the client did not receive the response; see openssl's logs:" >&2
    cat "$work/server.log" "$work/client.log" >&2
    exit 1
fi
mkdir -p "$here/recorded"
editcap --inject-secrets "tls,$work/keys.txt" "$work/raw.pcapng" "$here/recorded/tls.pcapng"
chmod 644 "$here/recorded/tls.pcapng"
echo "recorded $here/recorded/tls.pcapng"
