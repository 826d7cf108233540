package fi.kuuleva.admin.report.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Response propensities from a main-effects logistic regression of responding on categorical register fields,
 * fitted by iteratively reweighted least squares on the cells' counts (a small ridge keeps cells where everybody or
 * nobody responded finite). Pure; not thread-safe only in the sense that each call allocates its own state.
 */
final class PropensityModel {

    private static final double RIDGE = 1e-6;
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;

    private PropensityModel() {
    }

    /** The fitted propensity of each cell, in the cells' order. */
    static double[] fit(List<FrameCell> cells, long[] sampled, long[] responded) {
        double[][] x = design(cells);
        int k = x[0].length;
        double[] beta = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] information = new double[k][k];
            double[] score = new double[k];
            for (int c = 0; c < x.length; c++) {
                if (sampled[c] == 0) {
                    continue;
                }
                double mu = logistic(dot(x[c], beta));
                double weight = sampled[c] * mu * (1 - mu);
                double residual = responded[c] - sampled[c] * mu;
                for (int a = 0; a < k; a++) {
                    score[a] += x[c][a] * residual;
                    for (int b = 0; b < k; b++) {
                        information[a][b] += x[c][a] * weight * x[c][b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                information[a][a] += RIDGE;
                score[a] -= RIDGE * beta[a];
            }
            double[] step = solve(information, score);
            double largest = 0;
            for (int a = 0; a < k; a++) {
                beta[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] propensity = new double[x.length];
        for (int c = 0; c < x.length; c++) {
            propensity[c] = logistic(dot(x[c], beta));
        }
        return propensity;
    }

    /** An intercept and, per field, one indicator for every level but the first seen. */
    static double[][] design(List<FrameCell> cells) {
        int fields = cells.isEmpty() ? 0 : cells.get(0).levels().size();
        List<Map<String, Integer>> columns = new ArrayList<>();
        int width = 1;
        for (int f = 0; f < fields; f++) {
            Map<String, Integer> index = new HashMap<>();
            String reference = null;
            for (FrameCell cell : cells) {
                String level = cell.levels().get(f);
                if (reference == null) {
                    reference = level;
                } else if (!level.equals(reference) && !index.containsKey(level)) {
                    index.put(level, width++);
                }
            }
            columns.add(index);
        }
        double[][] x = new double[cells.size()][width];
        for (int c = 0; c < cells.size(); c++) {
            x[c][0] = 1;
            for (int f = 0; f < fields; f++) {
                Integer column = columns.get(f).get(cells.get(c).levels().get(f));
                if (column != null) {
                    x[c][column] = 1;
                }
            }
        }
        return x;
    }

    private static double logistic(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves m x = v by Gaussian elimination with partial pivoting; m is symmetric positive definite here. */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                b[row] -= factor * b[col];
                for (int c = col; c < n; c++) {
                    a[row][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int c = row + 1; c < n; c++) {
                sum -= a[row][c] * x[c];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }
}
