/**
 * The pipeline: runs the stages over a stream of inputs and keeps, per document, only a small
 * {@link dev.parallax.core.pipeline.DocumentOutcome}. Article texts live in the store, so a run
 * over millions of documents needs memory for their outcomes and fingerprints, not their texts.
 */
package dev.parallax.core.pipeline;
