#!/usr/bin/env python3
"""Key press to next prompt as Asterisk logged it, for the bench's real calls (docs/benchmarks.md, "Telephony").

Reads Asterisk's messages.log; for every SendDTMF of a simulated resident whose attempt starts with PREFIX, takes
the first res_agi "Playing" on the survey side of the same call that starts after one of the sent keys has ended,
and pairs it with the last key that ended before it: the terminating key of a multi-digit answer such as "12#", or
the last key before the prompt when the survey went on before the sequence was complete. A prompt that starts while
the resident is still pressing the first key (a question's second prompt file, say) answers none of these keys and
is skipped. Prints the raw delay from SendDTMF and the delay after the end of that key, from the resident's own DTMF
timing (SendDTMF's quiet time, digit durations and gaps, see QUIET/DIGIT/GAP).

usage: asterisk-key-latency.py MESSAGES_LOG PREFIX [PREFIX...]
test:  python3 -m unittest discover -s call-scheduler/src/bench -p 'test_*.py'
"""
import re
import sys
from datetime import datetime

QUIET, GAP, DIGIT = 100, 120, 250   # ms: SendDTMF's quiet time before the first digit; "d<keys>" sends ",120,250"
LINE = re.compile(r"^\[(\S+ \S+)\].*?Local/([^@]+)@simulated-residents-\w+;([12])")
DTMF = re.compile(r'SendDTMF\("[^"]*", "([0-9*#A-D]+),')


def ms(stamp):
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp() * 1000


def key_ends(started, digits):
    """When each key of one SendDTMF ended (ms), from its start and the resident's timing."""
    return [started + QUIET + DIGIT * (i + 1) + GAP * i for i in range(len(digits))]


def pair(events):
    """Pairs keys with prompts. events: (ms, attempt, "keys", digits) or (ms, attempt, "prompt", None) in log order.

    Returns (raw, net, key) per paired prompt: ms from SendDTMF's start, ms from the end of the key it follows, and
    that key's position in the sequence (1-based)."""
    pending = {}          # attempt -> (time, digits) of its last SendDTMF not yet followed by a prompt
    samples = []
    for at, attempt, kind, digits in events:
        if kind == "keys":
            pending[attempt] = (at, digits)
        elif kind == "prompt" and attempt in pending:
            started, keys = pending[attempt]
            ended = [end for end in key_ends(started, keys) if end <= at]
            if not ended:
                continue  # started while the first key was still down: not an answer to these keys
            del pending[attempt]
            samples.append((at - started, at - ended[-1], len(ended)))
    return samples


def events(lines, prefixes):
    """The key presses (resident side) and prompts (survey side) of the attempts starting with one of prefixes."""
    for line in lines:
        match = LINE.match(line)
        if not match or not match.group(2).startswith(tuple(prefixes)):
            continue
        at, attempt, side = ms(match.group(1)), match.group(2), match.group(3)
        dtmf = DTMF.search(line)
        if side == "2" and dtmf:
            yield at, attempt, "keys", dtmf.group(1)
        elif side == "1" and "res_agi.c" in line and "Playing" in line:
            yield at, attempt, "prompt", None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * p // 100) - 1))]


def main(log, prefixes):
    with open(log, errors="replace") as lines:
        samples = pair(events(lines, prefixes))
    if not samples:
        sys.exit("no key presses of " + " ".join(prefixes) + " in " + log)
    raw = [sample[0] for sample in samples]
    net = [sample[1] for sample in samples]
    print("n=%d  SendDTMF start -> next prompt: p50 %.0f ms, p99 %.0f ms" % (len(raw), percentile(raw, 50),
                                                                             percentile(raw, 99)))
    print("      end of the last key -> next prompt: p50 %.0f ms, p99 %.0f ms, min %.0f ms, max %.0f ms"
          % (percentile(net, 50), percentile(net, 99), min(net), max(net)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
