"""Pairing of keys with prompts in asterisk-key-latency.py (run: python3 -m unittest discover -s call-scheduler/src/bench -p 'test_*.py')."""
import importlib.util
import pathlib
import unittest

_spec = importlib.util.spec_from_file_location(
    "asterisk_key_latency", pathlib.Path(__file__).with_name("asterisk-key-latency.py"))
latency = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(latency)

SEND = '[2026-12-06 04:56:18.814] VERBOSE[4901][C-00000001] pbx.c: Executing [op-d@simulated-resident-step:1] ' \
       'SendDTMF("Local/bench50-x-7@simulated-residents-00000000;2", "12#,120,250") in new stack'
EARLY = "[2026-12-06 04:56:19.063] VERBOSE[4900][C-00000002] res_agi.c: " \
        "<Local/bench50-x-7@simulated-residents-00000000;1> Playing '/m/prompts/ba/second-part.slin' (escape_digits=0)"
NEXT = "[2026-12-06 04:56:19.910] VERBOSE[4900][C-00000002] res_agi.c: " \
       "<Local/bench50-x-7@simulated-residents-00000000;1> Playing '/m/prompts/cc/next-question.slin' (escape_digits=0)"


class PairTest(unittest.TestCase):

    def test_a_single_key_pairs_with_the_next_prompt_after_it_ended(self):
        # one key: quiet 100 + digit 250 = ends at 350; prompt at 355
        self.assertEqual([(355, 5, 1)], latency.pair([(0, "a", "keys", "1"), (355, "a", "prompt", None)]))

    def test_a_prompt_started_while_typing_is_skipped_and_the_terminating_key_pairs(self):
        # "12#" ends at 100 + 3 * 250 + 2 * 120 = 1090; the old analyzer gave 249 - 1090 = -841 ms
        events = [(0, "a", "keys", "12#"), (249, "a", "prompt", None), (1096, "a", "prompt", None)]
        self.assertEqual([(1096, 6, 3)], latency.pair(events))

    def test_a_prompt_before_the_sequence_ended_pairs_with_the_last_key_before_it(self):
        # "12#": the first key ends at 350, the second at 720; the survey went on after the second
        events = [(0, "a", "keys", "12#"), (730, "a", "prompt", None), (1200, "a", "prompt", None)]
        self.assertEqual([(730, 10, 2)], latency.pair(events))

    def test_prompts_without_keys_and_other_calls_are_not_paired(self):
        events = [(0, "a", "prompt", None), (10, "b", "keys", "1"), (400, "a", "prompt", None),
                  (370, "b", "prompt", None), (900, "b", "prompt", None)]
        self.assertEqual([(360, 10, 1)], latency.pair(events))

    def test_log_lines_of_the_prefix_are_read(self):
        samples = latency.pair(latency.events([SEND, EARLY, NEXT], ["bench50-x-"]))
        self.assertEqual(1, len(samples))
        self.assertAlmostEqual(6, samples[0][1], places=3)
        self.assertEqual([], list(latency.events([SEND, NEXT], ["bench10-"])))


if __name__ == "__main__":
    unittest.main()
