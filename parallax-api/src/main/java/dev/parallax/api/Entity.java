package dev.parallax.api;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation or place across the articles of a run, with every spelling it
 * was written in.
 *
 * @param id stable within a run ({@code e1}, {@code e2} …)
 * @param name the canonical name: the fullest form most often written
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 * @param variants every distinct spelling seen, canonical first
 * @param mentions where it is named
 * @param roles roles and affiliations the articles give it
 * @param references pronouns that stand for it ("he", "her"), within one article each
 */
public record Entity(
    String id,
    String name,
    String type,
    List<String> variants,
    List<Mentioned> mentions,
    List<Role> roles,
    List<Mentioned> references) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    references = List.copyOf(references);
  }

  /** An entity without pronoun references. */
  public Entity(
      String id,
      String name,
      String type,
      List<String> variants,
      List<Mentioned> mentions,
      List<Role> roles) {
    this(id, name, type, variants, mentions, roles, List.of());
  }

  /** A mention of the entity in one article. */
  public record Mentioned(String article, int start, int end, String text) {
    public Mentioned {
      Objects.requireNonNull(article, "article");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  /**
   * A role as one article states it: "Interior Minister" with no affiliation, or "spokesman" for
   * "the regional emergency service".
   */
  public record Role(String article, String role, String affiliation, int start, int end) {
    public Role {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(role, "role");
    }
  }
}
