package dev.parallax.core.crosscheck;

import dev.parallax.api.Claim;

/**
 * A claim as the cross-checker sees it: with the independent source it counts toward and the key it
 * is compared under.
 *
 * @param claim the claim
 * @param source its independent source ({@link Sources#sourceOf})
 * @param label the source's readable name
 * @param who for roles and quotes, the person's entity id; null when no person entity carries the
 *     name (such quotes are not compared: a wrong speaker guess must not make a contradiction)
 * @param title for roles, the title as the article states it, affiliation split off; else null
 */
record Statement(Claim claim, String source, String label, String who, Title title) {

  String article() {
    return claim.article();
  }

  /**
   * A person's title as one article states it.
   *
   * @param role the post ("Foreign Minister", "spokesman")
   * @param affiliation the country or organisation, or null
   * @param geographic true when the affiliation is a place or nationality the run's entities know
   *     ("Russian", "US"), so that two different ones cannot both be right
   * @param formal true when the title is written capitalised right before the name ("Judge Ana
   *     Ruiz", "Police Lt. Ana Ruiz"): a formal title, which names the post the person holds, not a
   *     description ("the veteran reporter Ana Ruiz")
   */
  record Title(String role, String affiliation, boolean geographic, boolean formal) {
    Title(String role, String affiliation, boolean geographic) {
      this(role, affiliation, geographic, false);
    }
  }
}
