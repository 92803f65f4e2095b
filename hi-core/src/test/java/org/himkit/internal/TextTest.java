package org.himkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two comparable forms of a text: the lookup key of an abbreviation and the key of a caller's name. */
class TextTest {

  @Test
  void aLookupKeyKeepsOnlyLettersAndDigitsInUpperCase() {
    assertThat(Text.key("ccs-p")).isEqualTo("CCSP");
    assertThat(Text.key(" CCS P ")).isEqualTo("CCSP");
    assertThat(Text.key("-.")).isEmpty();
  }

  @Test
  void aNameKeyFoldsCaseAndSpacesButKeepsPunctuationAndWordBreaks() {
    assertThat(Text.nameKey(" A\u00a0 b\u2003C ")).isEqualTo("a b c");
    // the invisible spaces that make a text blank separate words in a key too
    assertThat(Text.nameKey("Coding\u200BUpdate\uFEFF")).isEqualTo("coding update");
    assertThat(Text.nameKey("Coding\tUpdate\n")).isEqualTo("coding update");
    assertThat(Text.nameKey("Update 2.1")).isNotEqualTo(Text.nameKey("Update 21"));
    assertThat(Text.nameKey("ICD-10")).isEqualTo("icd-10");
    assertThat(Text.nameKey(" \u00a0")).isEmpty();
  }

  @Test
  void aNameKeyComposesAccentsWhateverTheInputForm() {
    String composed = "R\u00e9sum\u00e9";
    String decomposed = "Re\u0301sume\u0301";
    assertThat(Text.nameKey(decomposed)).isEqualTo(Text.nameKey(composed)).isEqualTo("r\u00e9sum\u00e9");
    // below U+0300 nothing composes: only the case and the spaces change
    assertThat(Text.nameKey("Caf\u00c9  Bar")).isEqualTo("caf\u00e9 bar");
  }

  @Test
  void aNameAlreadyInKeyFormIsReturnedAsItIs() {
    String plain = "coding update 2024";
    assertThat(Text.nameKey(plain)).isSameAs(plain);
    for (String notPlain : new String[] {"Coding update", "coding  update", " coding", "coding ", "coding\tupdate",
        "caf\u00e9"}) {
      assertThat(Text.nameKey(notPlain)).as(notPlain).isNotSameAs(notPlain);
    }
    assertThat(Text.nameKey("")).isEmpty();
  }
}
