/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What tshark's command line tells sipexplain: whether a pass may show its output. */
#include "check.h"
#include "tshark_command.h"

#define COMMAND(...) sx_tshark_command_of(sizeof((const char *[]){ __VA_ARGS__ }) / sizeof(char *), \
                                           (const char *const[]){ __VA_ARGS__ })

static void expect(sx_tshark_command command, int two_pass, int may_show, const char *what)
{
    check(command.known && command.two_pass == two_pass && command.may_show == may_show,
          "%s: two_pass %d may_show %d", what, command.two_pass, command.may_show);
}

int main(void)
{
    expect(COMMAND("tshark", "-r", "c.pcapng"), 0, 0, "plain -r");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-T", "fields", "-e", "sip.Status-Code"), 0, 0,
           "-T fields without sipexplain");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-Tfields", "-e", "sipexplain.code"), 0, 1,
           "-e sipexplain.code");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-2", "-Y", "sipexplain.problem"), 1, 1,
           "-2 -Y sipexplain.problem");
    expect(COMMAND("tshark", "-2r", "c.pcapng", "-T", "fields", "-e", "sip.Status-Code"), 1, 0,
           "-2r bundled");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-V"), 0, 1, "-V");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-T", "json"), 0, 1, "-T json");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-q", "-z", "sip,stat"), 0, 1, "-z");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-o", "gui.column.format:\"S\",\"%Cus:x:0:R\""),
           0, 1, "a column preference");
    expect(COMMAND("tshark", "-r", "c.pcapng", "-T", "fields", "-e", "_ws.expert.message"), 0, 1,
           "expert items");
    /* File names are not filters: a folder named after the plugin shows nothing. */
    expect(COMMAND("tshark", "-r", "captures/sipexplain/c.pcap", "-T", "fields", "-e",
                   "sip.Status-Code"), 0, 0, "-r in a sipexplain folder");
    expect(COMMAND("tshark", "-rsipexplain/c.pcap", "-w", "sipexplain.pcapng"), 0, 0,
           "attached -r, -w named sipexplain");
    expect(COMMAND("tshark", "-r", "sipexplain.pcap", "-Y", "sipexplain"), 0, 1,
           "a file and a filter");
    return checks_finish("test_tshark_command");
}
