/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Writes the benchmark's synthetic captures as classic pcap (Ethernet, IPv4),
 * straight to disk: a C program is the fastest way to make hundreds of
 * thousands of packets on a bare Debian, where text2pcap would need a text
 * dump ten times the size of the capture.
 *
 *   gen-captures sip   MESSAGES OUTPUT.pcap   SIP traffic, at least MESSAGES messages
 *   gen-captures calls CALLS    OUTPUT.pcap   CALLS whole calls, for scaling measurements
 *   gen-captures other PACKETS  OUTPUT.pcap   DNS over UDP and HTTP over TCP
 *
 * The output depends only on the arguments (a fixed seed), so a capture made
 * on one machine is the same on another.
 *
 * SIP: 64 exchanges run at once and take turns at random, as on a busy
 * proxy. Each exchange has its own addresses, ports, Call-ID and tags:
 * registrations with their 401 challenge, calls (100, 180, 183, 200, ACK,
 * BYE; re-INVITEs, INFO), calls with a 407 challenge, failed calls (4xx, 5xx,
 * 6xx with Reason, Warning and Retry-After as gateways send them), calls
 * cancelled while ringing (200 to CANCEL, 487), OPTIONS keepalives,
 * SUBSCRIBE and NOTIFY, MESSAGE. About a third run over TCP, where
 * consecutive messages in one direction often share a segment.
 *
 * Calls: only INVITE dialogs, each with its own Call-ID, 64 at once as
 * above: answered (INVITE, 100, 180, 200, ACK, BYE, 200; some after a 407,
 * some with a hold re-INVITE), failed, cancelled; a tenth over TCP. Besides
 * them, 32 long-lived dialogs (fewer below 3,200 calls) open at the start and
 * close at the end, sending re-INVITEs all along: about 5% of the messages,
 * so the longer the capture, the more transactions each of them holds. The
 * number of calls grows with CALLS, the number of calls under way does not.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONCURRENT 64
#define LONG_LIVED 32
#define MAX_STEPS  24
#define MAX_PACKET 4096

/* ---- deterministic random numbers (xorshift64*) ---- */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint32_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545f4914f6cdd1dULL) >> 32);
}

static unsigned below(unsigned n) { return rnd() % n; }
static int chance(unsigned percent) { return below(100) < percent; }

/* ---- pcap writing ---- */

static FILE *out;
static uint64_t clock_us = 1704067200ULL * 1000000;  /* 2024-01-01 00:00:00 UTC */
static unsigned long packets_written;
static uint16_t ip_id;

static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static void put32(uint8_t *p, uint32_t v) { put16(p, (uint16_t)(v >> 16)); put16(p + 2, (uint16_t)v); }

static void write_file_header(void)
{
    /* Native byte order, as libpcap writes it; readers detect it by the magic. */
    struct { uint32_t magic; uint16_t major, minor; int32_t zone; uint32_t sigfigs, snaplen, linktype; }
        header = { 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1 /* Ethernet */ };
    fwrite(&header, sizeof(header), 1, out);
}

static uint32_t checksum_add(uint32_t sum, const uint8_t *data, size_t length)
{
    for (size_t i = 0; i + 1 < length; i += 2)
        sum += (uint32_t)(data[i] << 8 | data[i + 1]);
    if (length & 1)
        sum += (uint32_t)(data[length - 1] << 8);
    return sum;
}

static uint16_t checksum_fold(uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

enum { TCP_FIN = 0x01, TCP_SYN = 0x02, TCP_PSH = 0x08, TCP_ACK = 0x10 };

/*
 * One Ethernet/IPv4 frame with a UDP datagram (tcp_flags < 0) or a TCP
 * segment. Checksums are right, so that no expert item differs from a
 * real capture; the UDP checksum is 0 (absent), as many stacks send it.
 */
static void write_packet(uint32_t src, uint16_t sport, uint32_t dst, uint16_t dport,
                         int tcp_flags, uint32_t seq, uint32_t ack,
                         const char *payload, size_t length)
{
    uint8_t frame[MAX_PACKET + 64];
    size_t l4 = tcp_flags < 0 ? 8 : 20;
    size_t ip_length = 20 + l4 + length;
    size_t frame_length = 14 + ip_length;
    uint8_t *eth = frame, *ip = frame + 14, *l4h = ip + 20;
    uint8_t record[16];

    if (length > MAX_PACKET) {
        fprintf(stderr, "gen-captures: payload of %zu bytes is too long\n", length);
        exit(1);
    }
    /* Locally administered MACs derived from the addresses. */
    eth[0] = 0x02; eth[1] = 0x00; put32(eth + 2, dst);
    eth[6] = 0x02; eth[7] = 0x00; put32(eth + 8, src);
    put16(eth + 12, 0x0800);

    ip[0] = 0x45; ip[1] = 0;
    put16(ip + 2, (uint16_t)ip_length);
    put16(ip + 4, ip_id++);
    put16(ip + 6, 0x4000);  /* don't fragment */
    ip[8] = 64;
    ip[9] = tcp_flags < 0 ? 17 : 6;
    put16(ip + 10, 0);
    put32(ip + 12, src);
    put32(ip + 16, dst);
    put16(ip + 10, checksum_fold(checksum_add(0, ip, 20)));

    put16(l4h, sport);
    put16(l4h + 2, dport);
    if (tcp_flags < 0) {
        put16(l4h + 4, (uint16_t)(8 + length));
        put16(l4h + 6, 0);
        memcpy(l4h + 8, payload, length);
    } else {
        uint32_t sum;
        uint8_t pseudo[12];

        put32(l4h + 4, seq);
        put32(l4h + 8, ack);
        l4h[12] = 5 << 4;
        l4h[13] = (uint8_t)tcp_flags;
        put16(l4h + 14, 65535);
        put16(l4h + 16, 0);
        put16(l4h + 18, 0);
        memcpy(l4h + 20, payload, length);
        put32(pseudo, src);
        put32(pseudo + 4, dst);
        pseudo[8] = 0; pseudo[9] = 6;
        put16(pseudo + 10, (uint16_t)(20 + length));
        sum = checksum_add(checksum_add(0, pseudo, 12), l4h, 20 + length);
        put16(l4h + 16, checksum_fold(sum));
    }

    clock_us += 20 + below(400);
    {
        uint32_t v[4] = { (uint32_t)(clock_us / 1000000), (uint32_t)(clock_us % 1000000),
                          (uint32_t)frame_length, (uint32_t)frame_length };
        memcpy(record, v, sizeof(v));
    }
    fwrite(record, sizeof(record), 1, out);
    fwrite(frame, frame_length, 1, out);
    packets_written++;
}

/* ---- SIP exchanges ---- */

enum { C2S = 0, S2C = 1 };

enum {
    F_AUTH      = 1 << 0,   /* request carries Authorization / Proxy-Authorization */
    F_PROXY     = 1 << 1,   /* challenge or credentials for a proxy (407) */
    F_SDP       = 1 << 2,   /* carries an SDP body */
    F_TO_TAG    = 1 << 3,   /* in-dialog request: To has the callee's tag */
    F_EXPIRES0  = 1 << 4,   /* REGISTER removing its bindings */
    F_COALESCE  = 1 << 5,   /* over TCP, shares a segment with the next message */
    F_NEW_BRANCH = 1 << 6,  /* a new transaction (requests) */
};

typedef struct {
    uint8_t     dir;
    const char *method;     /* request method, or NULL for a response */
    uint16_t    code;       /* response code */
    const char *cseq_method;
    uint32_t    cseq;
    unsigned    flags;
    const char *extra;      /* extra header lines of a response ("" when none) */
} step;

typedef struct {
    int         active;
    step        steps[MAX_STEPS];
    unsigned    count, next;
    int         tcp, tcp_open;
    uint32_t    client_ip, server_ip;
    uint16_t    client_port, server_port;
    uint32_t    seq[2];      /* next TCP sequence number, per direction */
    unsigned    id;          /* exchange number: Call-ID, tags, users */
    unsigned    branch;
    unsigned    user, peer;
    uint32_t    cseq;        /* a long-lived dialog's last CSeq */
} exchange;

static unsigned long sip_messages;
static unsigned exchanges_started;
static int calls_only;                  /* gen-captures calls: INVITE dialogs only */

static const uint32_t proxies[] = {
    0xc000020a, 0xc000020b, 0xc000020c, 0xc000020d,   /* 192.0.2.10-13 */
    0xc6336414, 0xc6336415, 0xc6336416, 0xc6336417,   /* 198.51.100.20-23 */
};

static const char *phrase_of(unsigned code)
{
    switch (code) {
    case 100: return "Trying";
    case 180: return "Ringing";
    case 183: return "Session Progress";
    case 200: return "OK";
    case 202: return "Accepted";
    case 301: return "Moved Permanently";
    case 302: return "Moved Temporarily";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 415: return "Unsupported Media Type";
    case 420: return "Bad Extension";
    case 423: return "Interval Too Brief";
    case 480: return "Temporarily Unavailable";
    case 481: return "Call/Transaction Does Not Exist";
    case 483: return "Too Many Hops";
    case 484: return "Address Incomplete";
    case 486: return "Busy Here";
    case 487: return "Request Terminated";
    case 488: return "Not Acceptable Here";
    case 489: return "Bad Event";
    case 491: return "Request Pending";
    case 500: return "Server Internal Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Server Time-out";
    case 600: return "Busy Everywhere";
    case 603: return "Decline";
    case 604: return "Does Not Exist Anywhere";
    case 606: return "Not Acceptable";
    default:  return "Unknown";
    }
}

/* Failures of a call, with the headers the network usually adds to them. */
static const struct { uint16_t code; unsigned weight; const char *extra; } call_failures[] = {
    { 486, 30, "Reason: Q.850;cause=17;text=\"User busy\"\r\n" },
    { 480, 14, "Retry-After: 300\r\nReason: Q.850;cause=19;text=\"No answer from user\"\r\n" },
    { 404, 12, "Reason: Q.850;cause=1;text=\"Unallocated number\"\r\n" },
    { 408,  5, "" },
    { 403,  5, "Warning: 399 sbc.example.net \"Caller barred\"\r\n" },
    { 484,  2, "Reason: Q.850;cause=28\r\n" },
    { 488,  5, "Warning: 304 10.0.0.1 \"Media type not available\"\r\n" },
    { 500,  3, "Retry-After: 30\r\nWarning: 399 core.example.net \"Database timeout\"\r\n" },
    { 502,  2, "Reason: Q.850;cause=38;text=\"Network out of order\"\r\n" },
    { 503,  6, "Retry-After: 120\r\nReason: Q.850;cause=34;text=\"No circuit/channel available\"\r\n" },
    { 504,  2, "Reason: Q.850;cause=102\r\n" },
    { 600,  2, "Reason: Q.850;cause=17\r\n" },
    { 603,  6, "Reason: Q.850;cause=21;text=\"Call rejected\"\r\n" },
    { 604,  1, "" },
    { 606,  1, "Warning: 305 10.0.0.1 \"Incompatible media format\"\r\n" },
    { 410,  1, "Reason: Q.850;cause=22\r\n" },
    { 415,  1, "" },
    { 420,  1, "Unsupported: foo\r\n" },
    { 483,  1, "" },
    { 302,  1, "Contact: <sip:voicemail@vm.example.net>\r\n" },
};

static unsigned pick_failure(void)
{
    unsigned total = 0, r;
    for (size_t i = 0; i < sizeof(call_failures) / sizeof(call_failures[0]); i++)
        total += call_failures[i].weight;
    r = below(total);
    for (size_t i = 0; i < sizeof(call_failures) / sizeof(call_failures[0]); i++) {
        if (r < call_failures[i].weight)
            return (unsigned)i;
        r -= call_failures[i].weight;
    }
    return 0;
}

static void add(exchange *x, uint8_t dir, const char *method, unsigned code,
                const char *cseq_method, uint32_t cseq, unsigned flags, const char *extra)
{
    step *s;
    if (x->count == MAX_STEPS) {
        fprintf(stderr, "gen-captures: exchange too long\n");
        exit(1);
    }
    s = &x->steps[x->count++];
    s->dir = dir;
    s->method = method;
    s->code = (uint16_t)code;
    s->cseq_method = cseq_method;
    s->cseq = cseq;
    s->flags = flags;
    s->extra = extra ? extra : "";
}

#define REQ(dir, m, cseq, fl)        add(x, dir, m, 0, m, cseq, (fl) | F_NEW_BRANCH, NULL)
#define RSP(dir, c, m, cseq, fl, ex) add(x, dir, NULL, c, m, cseq, fl, ex)

/* An INVITE's answers up to the final one; over TCP provisionals often share a segment. */
static void ringing(exchange *x, uint32_t cseq, int with_183)
{
    RSP(S2C, 100, "INVITE", cseq, chance(50) ? F_COALESCE : 0, NULL);
    RSP(S2C, 180, "INVITE", cseq, F_TO_TAG | (with_183 && chance(50) ? F_COALESCE : 0), NULL);
    if (with_183)
        RSP(S2C, 183, "INVITE", cseq, F_TO_TAG | F_SDP, NULL);
}

/* A call answered, maybe after a 407 challenge, with a hold re-INVITE or DTMF, then BYE. */
static void plan_answered(exchange *x, uint32_t cseq)
{
    int challenged = chance(25), with_183 = chance(35);
    if (challenged) {
        REQ(C2S, "INVITE", cseq, F_SDP);
        RSP(S2C, 407, "INVITE", cseq, F_TO_TAG,
            "Proxy-Authenticate: Digest realm=\"example.net\", nonce=\"a1b2c3d4e5f6\", "
            "algorithm=MD5\r\n");
        add(x, C2S, "ACK", 0, "ACK", cseq, 0, NULL);   /* same transaction */
        cseq++;
    }
    REQ(C2S, "INVITE", cseq, F_SDP | (challenged ? F_AUTH | F_PROXY : 0));
    ringing(x, cseq, with_183);
    RSP(S2C, 200, "INVITE", cseq, F_TO_TAG | F_SDP,
        "Contact: <sip:callee@203.0.113.5:5060>\r\n");
    REQ(C2S, "ACK", cseq, F_TO_TAG);
    if (chance(20)) {                 /* hold: re-INVITE */
        REQ(C2S, "INVITE", cseq + 1, F_TO_TAG | F_SDP);
        RSP(S2C, chance(90) ? 200 : 491, "INVITE", cseq + 1, F_TO_TAG | F_SDP, NULL);
        REQ(C2S, "ACK", cseq + 1, F_TO_TAG);
        cseq++;
    }
    if (chance(10)) {                 /* DTMF */
        REQ(C2S, "INFO", cseq + 1, F_TO_TAG);
        RSP(S2C, 200, "INFO", cseq + 1, F_TO_TAG, NULL);
        cseq++;
    }
    REQ(chance(50) ? C2S : S2C, "BYE", cseq + 1, F_TO_TAG);
    RSP(x->steps[x->count - 1].dir ^ 1, 200, "BYE", cseq + 1, F_TO_TAG, NULL);
}

/* A call that fails (4xx, 5xx, 6xx or a redirect), and the ACK of its final response. */
static void plan_failed(exchange *x, uint32_t cseq)
{
    unsigned f = pick_failure();
    REQ(C2S, "INVITE", cseq, F_SDP);
    RSP(S2C, 100, "INVITE", cseq, 0, NULL);
    if (chance(60))
        RSP(S2C, 180, "INVITE", cseq, F_TO_TAG, NULL);
    RSP(S2C, call_failures[f].code, "INVITE", cseq, F_TO_TAG, call_failures[f].extra);
    add(x, C2S, "ACK", 0, "ACK", cseq, F_TO_TAG, NULL);
}

/* A call cancelled while ringing: 200 to the CANCEL, 487 to the INVITE. */
static void plan_cancelled(exchange *x, uint32_t cseq)
{
    REQ(C2S, "INVITE", cseq, F_SDP);
    ringing(x, cseq, chance(20));
    REQ(C2S, "CANCEL", cseq, 0);
    RSP(S2C, 200, "CANCEL", cseq, F_TO_TAG | F_COALESCE, NULL);
    RSP(S2C, 487, "INVITE", cseq, F_TO_TAG, "Reason: SIP;cause=487;text=\"Call cancelled\"\r\n");
    add(x, C2S, "ACK", 0, "ACK", cseq, F_TO_TAG, NULL);
}

static void plan_exchange(exchange *x)
{
    unsigned kind = below(100);
    uint32_t cseq = 1 + below(20);

    x->count = x->next = 0;
    if (kind < 22) {                      /* registration with its digest challenge */
        unsigned outcome = below(100);
        REQ(C2S, "REGISTER", cseq, 0);
        RSP(S2C, 401, "REGISTER", cseq, F_TO_TAG,
            "WWW-Authenticate: Digest realm=\"example.net\", nonce=\"5f2a9c41b7e3d0a8\", "
            "algorithm=MD5, qop=\"auth\"\r\n");
        if (outcome < 90) {
            REQ(C2S, "REGISTER", cseq + 1, F_AUTH);
            RSP(S2C, 200, "REGISTER", cseq + 1, F_TO_TAG,
                "Contact: <sip:user@10.0.0.1:5060>;expires=3600\r\n");
        } else if (outcome < 96) {        /* wrong password: challenged again, then refused */
            REQ(C2S, "REGISTER", cseq + 1, F_AUTH);
            RSP(S2C, 401, "REGISTER", cseq + 1, F_TO_TAG,
                "WWW-Authenticate: Digest realm=\"example.net\", nonce=\"77c0e1d2a3b4\", "
                "algorithm=MD5, qop=\"auth\"\r\n");
            REQ(C2S, "REGISTER", cseq + 2, F_AUTH);
            RSP(S2C, 403, "REGISTER", cseq + 2, F_TO_TAG,
                "Warning: 399 registrar.example.net \"Bad credentials\"\r\n");
        } else {                          /* de-registration */
            REQ(C2S, "REGISTER", cseq + 1, F_AUTH | F_EXPIRES0);
            RSP(S2C, 200, "REGISTER", cseq + 1, F_TO_TAG, NULL);
        }
    } else if (kind < 46) {               /* OPTIONS keepalive */
        unsigned code = chance(94) ? 200 : (chance(50) ? 404 : 405);
        REQ(C2S, "OPTIONS", cseq, 0);
        RSP(S2C, code, "OPTIONS", cseq, F_TO_TAG,
            code == 405 ? "Allow: INVITE, ACK, CANCEL, BYE\r\n" : NULL);
    } else if (kind < 64) {               /* answered call */
        plan_answered(x, cseq);
    } else if (kind < 78) {               /* failed call */
        plan_failed(x, cseq);
    } else if (kind < 85) {               /* cancelled while ringing */
        plan_cancelled(x, cseq);
    } else if (kind < 96) {               /* subscription and its first notification */
        int bad = chance(5);
        REQ(C2S, "SUBSCRIBE", cseq, 0);
        if (bad) {
            RSP(S2C, 489, "SUBSCRIBE", cseq, F_TO_TAG, "Allow-Events: presence\r\n");
        } else {
            RSP(S2C, chance(50) ? 200 : 202, "SUBSCRIBE", cseq, F_TO_TAG | F_COALESCE, NULL);
            REQ(S2C, "NOTIFY", 1, F_TO_TAG);
            RSP(C2S, chance(97) ? 200 : 481, "NOTIFY", 1, F_TO_TAG, NULL);
        }
    } else {                              /* instant message */
        REQ(C2S, "MESSAGE", cseq, 0);
        RSP(S2C, chance(80) ? 202 : 200, "MESSAGE", cseq, F_TO_TAG, NULL);
    }
}

/* gen-captures calls: a call that ends, answered, failed or cancelled. */
static void plan_call(exchange *x)
{
    unsigned kind = below(100);
    uint32_t cseq = 1 + below(20);

    x->count = x->next = 0;
    if (kind < 75)
        plan_answered(x, cseq);
    else if (kind < 92)
        plan_failed(x, cseq);
    else
        plan_cancelled(x, cseq);
}

/* A long-lived dialog: its INVITE, answered; then re-INVITEs; then its BYE. */
static void plan_dialog_start(exchange *x)
{
    uint32_t cseq = x->cseq = 1;

    x->count = x->next = 0;
    REQ(C2S, "INVITE", cseq, F_SDP);
    ringing(x, cseq, 0);
    RSP(S2C, 200, "INVITE", cseq, F_TO_TAG | F_SDP, "Contact: <sip:callee@203.0.113.5:5060>\r\n");
    REQ(C2S, "ACK", cseq, F_TO_TAG);
}

static void plan_dialog_reinvite(exchange *x)
{
    uint32_t cseq = ++x->cseq;

    x->count = x->next = 0;
    REQ(C2S, "INVITE", cseq, F_TO_TAG | F_SDP);
    RSP(S2C, chance(98) ? 200 : 491, "INVITE", cseq, F_TO_TAG | F_SDP, NULL);
    REQ(C2S, "ACK", cseq, F_TO_TAG);
}

static void plan_dialog_end(exchange *x)
{
    uint32_t cseq = ++x->cseq;

    x->count = x->next = 0;
    REQ(C2S, "BYE", cseq, F_TO_TAG);
    RSP(S2C, 200, "BYE", cseq, F_TO_TAG, NULL);
}

static void start_exchange(exchange *x)
{
    unsigned id = ++exchanges_started;

    x->active = 1;
    x->id = id;
    x->branch = 0;
    x->user = 1000 + below(90000);
    x->peer = 1000 + below(90000);
    x->tcp = chance(calls_only ? 10 : 33);
    x->tcp_open = 0;
    x->client_ip = 0x0a000000u | (1 + below(0xfffffe));       /* 10.0.0.0/8 */
    x->server_ip = proxies[below(sizeof(proxies) / sizeof(proxies[0]))];
    x->server_port = 5060;
    x->client_port = x->tcp ? (uint16_t)(20000 + below(40000))
                            : (chance(50) ? 5060 : (uint16_t)(10000 + below(50000)));
    x->seq[C2S] = rnd();
    x->seq[S2C] = rnd();
    if (calls_only)
        plan_call(x);
    else
        plan_exchange(x);
}

static const char sdp_template[] =
    "v=0\r\n"
    "o=- %u %u IN IP4 10.%u.%u.%u\r\n"
    "s=-\r\n"
    "c=IN IP4 10.%u.%u.%u\r\n"
    "t=0 0\r\n"
    "m=audio %u RTP/AVP 8 0 101\r\n"
    "a=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=fmtp:101 0-15\r\n"
    "a=ptime:20\r\n"
    "a=sendrecv\r\n";

static size_t format_message(exchange *x, const step *s, char *buf, size_t size)
{
    char body[512] = "", auth[256] = "", contact[128] = "";
    const char *transport = x->tcp ? "TCP" : "UDP";
    uint32_t via_ip = s->dir == C2S ? x->client_ip : x->server_ip;
    uint16_t via_port = s->dir == C2S ? x->client_port : x->server_port;
    uint32_t from_tag = x->id * 2654435761u, to_tag = x->id * 40503u + 7;
    int body_length = 0;
    int n;

    if (s->flags & F_SDP) {
        uint32_t media = x->client_ip + (s->dir == S2C);
        body_length = snprintf(body, sizeof(body), sdp_template, x->id, x->branch,
                               (media >> 16) & 255, (media >> 8) & 255, media & 255,
                               (media >> 16) & 255, (media >> 8) & 255, media & 255,
                               10000 + 2 * (x->id % 10000));
    }
    if (s->method && (s->flags & F_AUTH))
        snprintf(auth, sizeof(auth),
                 "%s: Digest username=\"%u\", realm=\"example.net\", nonce=\"5f2a9c41b7e3d0a8\", "
                 "uri=\"sip:example.net\", response=\"%08x%08x%08x%08x\", algorithm=MD5\r\n",
                 (s->flags & F_PROXY) ? "Proxy-Authorization" : "Authorization", x->user,
                 rnd(), rnd(), rnd(), rnd());
    if (s->method && strcmp(s->method, "ACK") != 0 && strcmp(s->method, "CANCEL") != 0)
        snprintf(contact, sizeof(contact), "Contact: <sip:%u@%u.%u.%u.%u:%u;transport=%s>%s\r\n",
                 x->user, via_ip >> 24, (via_ip >> 16) & 255, (via_ip >> 8) & 255, via_ip & 255,
                 via_port, x->tcp ? "tcp" : "udp",
                 (s->flags & F_EXPIRES0) ? ";expires=0" : "");

    if (s->method) {
        int is_register = strcmp(s->method, "REGISTER") == 0;
        unsigned target = is_register ? x->user : x->peer;
        const char *event = strcmp(s->method, "SUBSCRIBE") == 0
                                ? "Event: presence\r\nExpires: 3600\r\n"
                            : strcmp(s->method, "NOTIFY") == 0
                                ? "Event: presence\r\nSubscription-State: active;expires=3600\r\n"
                                : "";
        const char *allow = strcmp(s->method, "INVITE") == 0
                                ? "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, NOTIFY\r\n"
                                  "Supported: replaces, timer\r\n"
                                : "";
        char to_tag_param[24] = "";

        if (strcmp(s->method, "MESSAGE") == 0) {
            body_length = snprintf(body, sizeof(body), "Call me when you can, %u.", x->peer);
        }
        if (s->flags & F_TO_TAG)
            snprintf(to_tag_param, sizeof(to_tag_param), ";tag=%08x", to_tag);
        n = snprintf(buf, size,
                     "%s sip:%u@example.net SIP/2.0\r\n"
                     "Via: SIP/2.0/%s %u.%u.%u.%u:%u;branch=z9hG4bK%08x%04x;rport\r\n"
                     "Max-Forwards: 70\r\n"
                     "From: \"User %u\" <sip:%u@example.net>;tag=%08x\r\n"
                     "To: <sip:%u@example.net>%s\r\n"
                     "Call-ID: %08x%08x@%u.%u.%u.%u\r\n"
                     "CSeq: %u %s\r\n"
                     "%s%s%s%s%s"
                     "User-Agent: bench-phone/1.0\r\n"
                     "%s"
                     "Content-Length: %d\r\n"
                     "\r\n%s",
                     s->method, target,
                     transport, via_ip >> 24, (via_ip >> 16) & 255, (via_ip >> 8) & 255,
                     via_ip & 255, via_port, x->id, x->branch,
                     x->user, x->user, from_tag,
                     target, to_tag_param,
                     x->id * 2246822519u, x->id, x->client_ip >> 24, (x->client_ip >> 16) & 255,
                     (x->client_ip >> 8) & 255, x->client_ip & 255,
                     s->cseq, s->cseq_method,
                     contact, auth, (s->flags & F_EXPIRES0) ? "Expires: 0\r\n" : "", event, allow,
                     (s->flags & F_SDP) ? "Content-Type: application/sdp\r\n"
                     : body_length ? "Content-Type: text/plain\r\n" : "",
                     body_length, body);
    } else {
        /* The Via of the request: its sender's address. */
        uint32_t client = s->dir == S2C ? x->client_ip : x->server_ip;
        uint16_t client_port = s->dir == S2C ? x->client_port : x->server_port;
        n = snprintf(buf, size,
                     "SIP/2.0 %u %s\r\n"
                     "Via: SIP/2.0/%s %u.%u.%u.%u:%u;branch=z9hG4bK%08x%04x;rport=%u;received=%u.%u.%u.%u\r\n"
                     "From: \"User %u\" <sip:%u@example.net>;tag=%08x\r\n"
                     "To: <sip:%u@example.net>",
                     s->code, phrase_of(s->code), transport,
                     client >> 24, (client >> 16) & 255, (client >> 8) & 255, client & 255,
                     client_port, x->id, x->branch, client_port,
                     client >> 24, (client >> 16) & 255, (client >> 8) & 255, client & 255,
                     x->user, x->user, from_tag,
                     strcmp(s->cseq_method, "REGISTER") == 0 ? x->user : x->peer);
        if (s->code != 100)
            n += snprintf(buf + n, size - (size_t)n, ";tag=%08x", to_tag);
        n += snprintf(buf + n, size - (size_t)n,
                      "\r\n"
                      "Call-ID: %08x%08x@%u.%u.%u.%u\r\n"
                      "CSeq: %u %s\r\n"
                      "%s"
                      "Server: bench-proxy/2.1\r\n"
                      "%s"
                      "Content-Length: %d\r\n"
                      "\r\n%s",
                      x->id * 2246822519u, x->id, x->client_ip >> 24, (x->client_ip >> 16) & 255,
                      (x->client_ip >> 8) & 255, x->client_ip & 255,
                      s->cseq, s->cseq_method,
                      s->extra,
                      (s->flags & F_SDP) ? "Content-Type: application/sdp\r\n" : "",
                      body_length, body);
    }
    if (n < 0 || (size_t)n >= size) {
        fprintf(stderr, "gen-captures: message too long\n");
        exit(1);
    }
    return (size_t)n;
}

static void send_segment(exchange *x, uint8_t dir, int flags, const char *data, size_t length)
{
    uint32_t src = dir == C2S ? x->client_ip : x->server_ip;
    uint32_t dst = dir == C2S ? x->server_ip : x->client_ip;
    uint16_t sport = dir == C2S ? x->client_port : x->server_port;
    uint16_t dport = dir == C2S ? x->server_port : x->client_port;

    if (!x->tcp) {
        write_packet(src, sport, dst, dport, -1, 0, 0, data, length);
        return;
    }
    write_packet(src, sport, dst, dport, flags, x->seq[dir],
                 (flags & TCP_ACK) ? x->seq[dir ^ 1] : 0, data, length);
    x->seq[dir] += (uint32_t)length + ((flags & (TCP_SYN | TCP_FIN)) ? 1 : 0);
}

/* Sends the exchange's next message, or over TCP the next few sharing a segment. */
static void advance(exchange *x)
{
    char segment[MAX_PACKET];
    size_t length = 0;
    uint8_t dir;

    if (x->tcp && !x->tcp_open) {
        /* The handshake, in one turn: enough for Wireshark to follow the stream. */
        send_segment(x, C2S, TCP_SYN, "", 0);
        send_segment(x, S2C, TCP_SYN | TCP_ACK, "", 0);
        send_segment(x, C2S, TCP_ACK, "", 0);
        x->tcp_open = 1;
        return;
    }
    dir = x->steps[x->next].dir;
    for (;;) {
        step *s = &x->steps[x->next];
        if (s->flags & F_NEW_BRANCH)
            x->branch++;
        length += format_message(x, s, segment + length, sizeof(segment) - length);
        sip_messages++;
        x->next++;
        if (!x->tcp || !(s->flags & F_COALESCE) || x->next == x->count ||
            x->steps[x->next].dir != dir || length > 1400)
            break;
    }
    send_segment(x, dir, TCP_PSH | TCP_ACK, segment, length);
    if (x->next == x->count) {
        if (x->tcp && chance(30)) {           /* some connections close */
            send_segment(x, C2S, TCP_FIN | TCP_ACK, "", 0);
            send_segment(x, S2C, TCP_FIN | TCP_ACK, "", 0);
            send_segment(x, C2S, TCP_ACK, "", 0);
        }
        x->active = 0;
    }
}

static void generate_sip(unsigned long messages)
{
    static exchange slots[CONCURRENT];

    while (sip_messages < messages) {
        exchange *x = &slots[below(CONCURRENT)];
        if (!x->active)
            start_exchange(x);
        advance(x);
    }
    /* Let the exchanges under way finish, so every request has its answers. */
    for (unsigned i = 0; i < CONCURRENT; i++) {
        while (slots[i].active)
            advance(&slots[i]);
    }
}

static unsigned long calls_made, reinvites_made;
static unsigned dialogs_made;

static void generate_calls(unsigned long calls)
{
    static exchange slots[CONCURRENT], dialogs[LONG_LIVED];
    unsigned long_lived = calls >= 100 * LONG_LIVED ? LONG_LIVED : (unsigned)(calls / 100);
    unsigned long short_calls = calls - long_lived, started = 0;

    calls_only = 1;
    for (unsigned i = 0; i < long_lived; i++) {
        exchange *x = &dialogs[i];
        start_exchange(x);
        x->tcp = 0;                 /* over UDP: no connection to close between rounds */
        plan_dialog_start(x);
    }
    dialogs_made = long_lived;
    for (;;) {
        exchange *x;
        if (long_lived > 0 && chance(5)) {
            x = &dialogs[below(long_lived)];
            if (!x->active) {       /* its last transaction is over: the next re-INVITE */
                x->active = 1;
                plan_dialog_reinvite(x);
                reinvites_made++;
            }
            advance(x);
            continue;
        }
        x = &slots[below(CONCURRENT)];
        if (!x->active) {
            if (started == short_calls)
                break;
            start_exchange(x);
            started++;
        }
        advance(x);
    }
    for (unsigned i = 0; i < CONCURRENT; i++) {
        while (slots[i].active)
            advance(&slots[i]);
    }
    for (unsigned i = 0; i < long_lived; i++) {
        exchange *x = &dialogs[i];
        while (x->active)
            advance(x);
        x->active = 1;
        plan_dialog_end(x);
        while (x->active)
            advance(x);
    }
    calls_made = started + long_lived;
}

/* ---- DNS over UDP and HTTP over TCP ---- */

static const char *const domains[] = {
    "example.com", "example.net", "example.org", "test", "invalid",
};

static size_t dns_name(uint8_t *p, const char *host)
{
    size_t n = 0;
    while (*host) {
        const char *dot = strchr(host, '.');
        size_t label = dot ? (size_t)(dot - host) : strlen(host);
        p[n++] = (uint8_t)label;
        memcpy(p + n, host, label);
        n += label;
        host += label + (dot != NULL);
    }
    p[n++] = 0;
    return n;
}

static void dns_exchange(void)
{
    uint8_t query[300], answer[400];
    char host[80];
    uint32_t client = 0x0a000000u | (1 + below(0xfffffe));
    uint32_t resolver = 0xc0000235;               /* 192.0.2.53 */
    uint16_t port = (uint16_t)(1024 + below(64000)), id = (uint16_t)rnd();
    int aaaa = chance(40);
    size_t qlen, alen, name_len;

    snprintf(host, sizeof(host), "host%u.site%u.%s", below(5000), below(300),
             domains[below(sizeof(domains) / sizeof(domains[0]))]);
    memset(query, 0, 12);
    put16(query, id);
    put16(query + 2, 0x0100);           /* recursion desired */
    put16(query + 4, 1);
    name_len = dns_name(query + 12, host);
    qlen = 12 + name_len;
    put16(query + qlen, aaaa ? 28 : 1);
    put16(query + qlen + 2, 1);
    qlen += 4;
    write_packet(client, port, resolver, 53, -1, 0, 0, (const char *)query, qlen);

    memcpy(answer, query, qlen);
    put16(answer + 2, chance(92) ? 0x8180 : 0x8183);   /* some NXDOMAIN */
    alen = qlen;
    if ((answer[3] & 0x0f) == 0) {
        unsigned count = 1 + below(3);
        put16(answer + 6, (uint16_t)count);
        for (unsigned i = 0; i < count; i++) {
            put16(answer + alen, 0xc00c);                /* the question's name */
            put16(answer + alen + 2, aaaa ? 28 : 1);
            put16(answer + alen + 4, 1);
            put32(answer + alen + 6, 300 + below(3000));
            put16(answer + alen + 10, aaaa ? 16 : 4);
            alen += 12;
            for (int b = 0; b < (aaaa ? 16 : 4); b++)
                answer[alen++] = (uint8_t)(b == 0 ? (aaaa ? 0x20 : 198) : below(256));
        }
    }
    write_packet(resolver, 53, client, port, -1, 0, 0, (const char *)answer, alen);
}

static void http_exchange(void)
{
    char request[600], response[MAX_PACKET], body[3000];
    uint32_t client = 0x0a000000u | (1 + below(0xfffffe));
    uint32_t server = 0xcb007100u | (1 + below(250));   /* 203.0.113.0/24 */
    uint16_t port = (uint16_t)(20000 + below(40000));
    uint32_t cseq = rnd(), sseq = rnd();
    size_t body_length = 200 + below(2600), header_length, sent;
    int n;

    for (size_t i = 0; i < body_length; i++)
        body[i] = (char)('a' + (i * 7 + body_length) % 26);
    memcpy(body, "<html>", 6);

    write_packet(client, port, server, 80, TCP_SYN, cseq++, 0, "", 0);
    write_packet(server, 80, client, port, TCP_SYN | TCP_ACK, sseq++, cseq, "", 0);
    write_packet(client, port, server, 80, TCP_ACK, cseq, sseq, "", 0);
    n = snprintf(request, sizeof(request),
                 "GET /page/%u/index.html HTTP/1.1\r\n"
                 "Host: www%u.example.com\r\n"
                 "User-Agent: bench-browser/1.0\r\n"
                 "Accept: text/html,application/xhtml+xml\r\n"
                 "Accept-Encoding: identity\r\n"
                 "Connection: keep-alive\r\n\r\n", below(100000), below(100));
    write_packet(client, port, server, 80, TCP_PSH | TCP_ACK, cseq, sseq, request, (size_t)n);
    cseq += (uint32_t)n;
    header_length = (size_t)snprintf(response, sizeof(response),
                                     "HTTP/1.1 200 OK\r\n"
                                     "Server: bench-httpd/1.0\r\n"
                                     "Content-Type: text/html\r\n"
                                     "Cache-Control: max-age=60\r\n"
                                     "Content-Length: %zu\r\n\r\n", body_length);
    memcpy(response + header_length, body, body_length);
    /* The response in segments of at most 1460 bytes, as on Ethernet. */
    for (sent = 0; sent < header_length + body_length; ) {
        size_t chunk = header_length + body_length - sent;
        if (chunk > 1460)
            chunk = 1460;
        write_packet(server, 80, client, port, TCP_PSH | TCP_ACK, sseq, cseq,
                     response + sent, chunk);
        sseq += (uint32_t)chunk;
        sent += chunk;
    }
    write_packet(client, port, server, 80, TCP_ACK, cseq, sseq, "", 0);
    write_packet(client, port, server, 80, TCP_FIN | TCP_ACK, cseq++, sseq, "", 0);
    write_packet(server, 80, client, port, TCP_FIN | TCP_ACK, sseq++, cseq, "", 0);
    write_packet(client, port, server, 80, TCP_ACK, cseq, sseq, "", 0);
}

static void generate_other(unsigned long packets)
{
    while (packets_written < packets) {
        if (chance(70))
            dns_exchange();
        else
            http_exchange();
    }
}

int main(int argc, char **argv)
{
    unsigned long count;

    if (argc != 4 ||
        (strcmp(argv[1], "sip") != 0 && strcmp(argv[1], "calls") != 0 &&
         strcmp(argv[1], "other") != 0) ||
        (count = strtoul(argv[2], NULL, 10)) == 0) {
        fprintf(stderr, "usage: %s sip|calls|other COUNT OUTPUT.pcap\n", argv[0]);
        return 2;
    }
    out = fopen(argv[3], "wb");
    if (out == NULL) {
        perror(argv[3]);
        return 1;
    }
    write_file_header();
    if (strcmp(argv[1], "sip") == 0) {
        generate_sip(count);
        printf("%lu SIP messages in %lu packets, %u exchanges\n", sip_messages,
               packets_written, exchanges_started);
    } else if (strcmp(argv[1], "calls") == 0) {
        generate_calls(count);
        printf("%lu calls (%u long-lived dialogs with %lu re-INVITEs) in %lu SIP messages,"
               " %lu packets\n", calls_made, dialogs_made, reinvites_made, sip_messages,
               packets_written);
    } else {
        generate_other(count);
        printf("%lu packets of DNS and HTTP\n", packets_written);
    }
    if (fclose(out) != 0) {
        perror(argv[3]);
        return 1;
    }
    return 0;
}
