/**
 * The {@code parallax} command line (picocli). The only place that prints to the terminal; commands
 * build the stages from typed options and hand them to the pipeline.
 */
package dev.parallax.cli;
