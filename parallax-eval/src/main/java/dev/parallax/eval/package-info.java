/**
 * Evaluation on the datasets in {@code ../shared/data} (never copied into the project) and, in
 * {@code bench}, JMH benchmarks. Each evaluation has a {@code main} that prints its figures and an
 * {@code IT} test that keeps a quality floor.
 */
package dev.parallax.eval;
