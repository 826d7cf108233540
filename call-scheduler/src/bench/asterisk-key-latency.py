#!/usr/bin/env python3
"""Key press to next prompt as Asterisk logged it, for the bench's real calls (docs/benchmarks.md, "Telephony").

Reads Asterisk's messages.log; for every SendDTMF of a simulated resident whose attempt starts with PREFIX, takes
the next res_agi "Playing" on the survey side of the same call. Prints the raw delay and the delay after the
resident's own DTMF timing (SendDTMF's quiet time, digit durations and gaps, see QUIET/DIGIT/GAP).

usage: asterisk-key-latency.py MESSAGES_LOG PREFIX [PREFIX...]
"""
import re
import sys
from datetime import datetime

QUIET, GAP, DIGIT = 100, 120, 250   # ms: SendDTMF's quiet time before the first digit; "d<keys>" sends ",120,250"
LINE = re.compile(r"^\[(\S+ \S+)\].*?Local/([^@]+)@simulated-residents-\w+;([12])")


def ms(stamp):
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp() * 1000


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * p // 100) - 1))]


def main(log, prefixes):
    pending = {}          # attempt -> (time, digits) of its last SendDTMF not yet followed by a prompt
    raw, net = [], []
    with open(log, errors="replace") as lines:
        for line in lines:
            match = LINE.match(line)
            if not match or not match.group(2).startswith(tuple(prefixes)):
                continue
            at, attempt, side = ms(match.group(1)), match.group(2), match.group(3)
            dtmf = re.search(r'SendDTMF\("[^"]*", "([0-9*#]+),', line)
            if side == "2" and dtmf:
                pending[attempt] = (at, dtmf.group(1))
            elif side == "1" and "res_agi.c" in line and "Playing" in line and attempt in pending:
                started, digits = pending.pop(attempt)
                keyed = started + QUIET + DIGIT * len(digits) + GAP * (len(digits) - 1)
                raw.append(at - started)
                net.append(at - keyed)
    if not raw:
        sys.exit("no key presses of " + " ".join(prefixes) + " in " + log)
    print("n=%d  SendDTMF start -> next prompt: p50 %.0f ms, p99 %.0f ms" % (len(raw), percentile(raw, 50),
                                                                             percentile(raw, 99)))
    print("      end of the last digit -> next prompt: p50 %.0f ms, p99 %.0f ms, max %.0f ms"
          % (percentile(net, 50), percentile(net, 99), max(net)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
