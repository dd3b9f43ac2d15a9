package dev.parallax.core.crosscheck;

import dev.parallax.api.Claim;

/**
 * A claim as the cross-checker sees it: with the independent source it counts toward and the key it
 * is compared under.
 *
 * @param claim the claim
 * @param source its independent source ({@link Sources#sourceOf})
 * @param label the source's readable name
 * @param who for roles and quotes, the person (entity id, or a name key when no entity matched)
 */
record Statement(Claim claim, String source, String label, String who) {

  String article() {
    return claim.article();
  }
}
