package fi.kuuleva.script;

import fi.kuuleva.survey.Branching;
import fi.kuuleva.survey.Question;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks across questions: unique ids, skip answers and targets that exist, branches that only go forward (so no
 * loop), and questions that some path reaches.
 */
final class FlowCheck {

    private FlowCheck() {
    }

    static void check(List<Question> questions, List<Node> nodes, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).id();
            Integer first = index.putIfAbsent(id, i);
            if (first != null && !id.isBlank()) {
                nodes.get(i).child("id").problem("'" + id + "' is already the id of questions[" + first + "]");
            }
        }
        boolean targetsValid = true;
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            Node node = nodes.get(i);
            for (Map.Entry<String, String> skip : question.branching().onAnswer().entrySet()) {
                Node at = node.child("skip").child(skip.getKey());
                if (!question.answerValues().contains(skip.getKey())) {
                    at.problem(question.answerValues().isEmpty()
                            ? "this question type has no answers to skip on; use next instead"
                            : "'" + skip.getKey() + "' is not an answer of this question (answers: "
                                    + String.join(", ", question.answerValues()) + ")");
                }
                targetsValid &= target(skip.getValue(), i, index, at);
            }
            if (question.branching().next().isPresent()) {
                targetsValid &= target(question.branching().next().get(), i, index, node.child("next"));
            }
        }
        if (targetsValid) {
            reachable(questions, index, nodes);
        }
    }

    private static boolean target(String target, int from, Map<String, Integer> index, Node at) {
        if (Branching.END.equals(target)) {
            return true;
        }
        Integer to = index.get(target);
        if (to == null) {
            at.problem("there is no question '" + target + "' (use a question id or 'end')");
            return false;
        }
        if (to <= from) {
            at.problem("goes back to '" + target + "', which would make a loop: skips only go forward");
            return false;
        }
        return true;
    }

    private static void reachable(List<Question> questions, Map<String, Integer> index, List<Node> nodes) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(0);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (i >= questions.size() || !seen.add(i)) {
                continue;
            }
            Branching branching = questions.get(i).branching();
            String next = branching.next().orElse(null);
            todo.push(next == null ? i + 1 : index.getOrDefault(next, questions.size()));
            branching.onAnswer().values().forEach(target -> todo.push(index.getOrDefault(target, questions.size())));
        }
        for (int i = 0; i < questions.size(); i++) {
            if (!seen.contains(i)) {
                nodes.get(i).problem("question '" + questions.get(i).id()
                        + "' can never be reached: no question leads to it");
            }
        }
    }
}
