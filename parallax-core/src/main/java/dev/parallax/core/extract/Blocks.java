package dev.parallax.core.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an element's content into the text blocks a reader would see as separate paragraphs, each
 * tied to the block-level element that holds it and carrying how much of it is link text.
 *
 * <p>Not jsoup's {@code Element.text()}, because that flattens a whole subtree into one line and
 * loses both paragraph boundaries and which words were links; both are what the extractor scores.
 */
final class Blocks {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "tbody",
          "thead",
          "tr",
          "td",
          "th",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "form",
          "fieldset",
          "address",
          "center",
          "details",
          "summary",
          "hr",
          "body",
          "caption");

  /** One visible paragraph. */
  record Block(Element owner, String text, int linkChars) {

    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    String tag() {
      return owner.normalName();
    }

    boolean isHeading() {
      return tag().length() == 2 && tag().charAt(0) == 'h' && Character.isDigit(tag().charAt(1));
    }
  }

  private Blocks() {}

  static List<Block> of(Element root) {
    List<Block> blocks = new ArrayList<>();
    Deque<Element> open = new ArrayDeque<>();
    open.push(root);
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};

    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              int before = text.length();
              appendCollapsed(text, s);
              if (linkDepth[0] > 0) {
                linkChars[0] += text.length() - before;
              }
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                text.append('\n');
              } else if (tag.equals("a")) {
                linkDepth[0]++;
              } else if (BLOCK_TAGS.contains(tag) && e != root) {
                flush(blocks, open.peek(), text, linkChars);
                open.push(e);
              } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
                text.append(' ');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) {
                linkDepth[0]--;
              } else if (BLOCK_TAGS.contains(tag) && e != root) {
                flush(blocks, e, text, linkChars);
                open.pop();
              }
            }
          }
        },
        root);
    flush(blocks, root, text, linkChars);
    return blocks;
  }

  private static void appendCollapsed(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space) {
        if (sb.length() > 0
            && sb.charAt(sb.length() - 1) != ' '
            && sb.charAt(sb.length() - 1) != '\n') {
          sb.append(' ');
        }
      } else {
        sb.append(c);
      }
    }
  }

  private static void flush(
      List<Block> blocks, Element owner, StringBuilder text, int[] linkChars) {
    if (text.length() == 0) {
      return;
    }
    String raw = text.toString();
    text.setLength(0);
    int links = linkChars[0];
    linkChars[0] = 0;
    // <br><br> inside one element separates paragraphs just as well as <p> does.
    String[] parts = raw.indexOf('\n') < 0 ? new String[] {raw} : raw.split("\\s*\\n\\s*\\n\\s*");
    int total = Math.max(1, raw.strip().length());
    for (String part : parts) {
      String clean =
          (part.indexOf('\n') < 0 ? part : part.replaceAll("[ \\t]*\\n[ \\t]*", " ")).strip();
      if (!clean.isEmpty()) {
        int share = (int) Math.round((double) links * clean.length() / total);
        blocks.add(new Block(owner, clean, Math.min(share, clean.length())));
      }
    }
  }
}
