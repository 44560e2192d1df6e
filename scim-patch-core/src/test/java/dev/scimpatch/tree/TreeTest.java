package dev.scimpatch.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TreeTest {

  private static final ScimObject USER = ScimObject.builder()
      .put("userName", ScimString.of("bjensen"))
      .put("name", ScimObject.of("givenName", ScimString.of("Barbara")))
      .put("active", ScimBoolean.TRUE)
      .build();

  @Test
  void objectNamesMatchIgnoringAsciiCase() {
    assertThat(USER.get("USERNAME")).isEqualTo(ScimString.of("bjensen"));
    assertThat(USER.get("username")).isEqualTo(ScimString.of("bjensen"));
    assertThat(USER.has("Active")).isTrue();
    assertThat(USER.nameOf("ACTIVE")).isEqualTo("active");
    assertThat(USER.get("displayName")).isNull();
  }

  @Test
  void onlyAsciiLettersFold() {
    ScimObject o = ScimObject.of("nickName", ScimString.of("x"));
    assertThat(o.get("nic\u212Aname")).as("KELVIN SIGN is not k").isNull();
    ScimObject id = ScimObject.of("id", ScimString.of("1"));
    assertThat(id.get("\u0130D")).as("dotted capital I is not i").isNull();
    assertThat(id.get("\u0131d")).as("dotless i is not i").isNull();
    assertThat(id.get("ID")).isEqualTo(ScimString.of("1"));
  }

  @Test
  void objectsKeepOrderAndSpelling() {
    ScimObject o = USER.with("USERNAME", ScimString.of("babs")).with("title", ScimString.of("Guide"));
    assertThat(o.names()).containsExactly("USERNAME", "name", "active", "title");
    assertThat(o.toString())
        .isEqualTo("{\"USERNAME\":\"babs\",\"name\":{\"givenName\":\"Barbara\"},\"active\":true,\"title\":\"Guide\"}");
    assertThat(o.without("NAME").names()).containsExactly("USERNAME", "active", "title");
    assertThat(o.without("missing")).isSameAs(o);
    assertThat(USER.names()).containsExactly("userName", "name", "active");
  }

  @Test
  void objectEqualityIgnoresOrderAndCase() {
    ScimObject reordered = ScimObject.builder()
        .put("ACTIVE", ScimBoolean.TRUE)
        .put("Name", ScimObject.of("GIVENNAME", ScimString.of("Barbara")))
        .put("username", ScimString.of("bjensen"))
        .build();
    assertThat(reordered).isEqualTo(USER).hasSameHashCodeAs(USER);
    assertThat(USER.with("active", ScimBoolean.FALSE)).isNotEqualTo(USER);
    assertThat(USER.with("extra", ScimNull.INSTANCE)).isNotEqualTo(USER);
  }

  @Test
  void largeObjectsUseTheirIndex() {
    ScimObject.Builder b = ScimObject.builder();
    for (int i = 0; i < 50; i++) {
      b.put("attr" + i, ScimNumber.of(i));
    }
    ScimObject big = b.build();
    assertThat(big.get("ATTR42")).isEqualTo(ScimNumber.of(42));
    assertThat(big.without("attr0").get("attr49")).isEqualTo(ScimNumber.of(49));
    assertThat(big.without("attr0").get("attr0")).isNull();
    assertThat(big.with("Attr7", ScimNull.INSTANCE).nameOf("attr7")).isEqualTo("Attr7");
  }

  @Test
  void builderReplacesMatchingNamesInPlace() {
    ScimObject.Builder b = ScimObject.builder()
        .put("a", ScimNumber.of(1)).put("b", ScimNumber.of(2)).put("A", ScimNumber.of(3));
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.has("B")).isTrue();
    assertThat(b.get("a")).isEqualTo(ScimNumber.of(3));
    ScimObject o = b.remove("A").put("c", ScimNumber.of(4)).build();
    assertThat(o.names()).containsExactly("b", "c");
    assertThat(o.get("C")).isEqualTo(ScimNumber.of(4));
  }

  @Test
  void withSharesUntouchedChildren() {
    ScimNode name = USER.get("name");
    ScimObject changed = USER.with("active", ScimBoolean.FALSE);
    assertThat(changed.get("name")).isSameAs(name);
    assertThat(USER.get("active")).isEqualTo(ScimBoolean.TRUE);
  }

  @Test
  void arrays() {
    ScimArray a = ScimArray.of(ScimString.of("x"), ScimNumber.of(1));
    assertThat(a.plus(ScimBoolean.TRUE).toString()).isEqualTo("[\"x\",1,true]");
    assertThat(a.with(0, ScimNull.INSTANCE).toString()).isEqualTo("[null,1]");
    assertThat(a.without(0)).isEqualTo(ScimArray.of(ScimNumber.of(1)));
    assertThat(a.without(0).without(0)).isSameAs(ScimArray.empty());
    assertThat(a).isEqualTo(ScimArray.of(List.of(ScimString.of("x"), ScimNumber.of(1))));
    assertThat(a).isNotEqualTo(ScimArray.of(ScimNumber.of(1), ScimString.of("x")));
    assertThat(a.toBuilder().add(ScimNull.INSTANCE).build().size()).isEqualTo(3);
    assertThat(a.size()).isEqualTo(2);
    assertThatThrownBy(() -> a.elements().add(ScimNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    ScimNode[] source = {ScimNumber.of(1)};
    ScimArray copy = ScimArray.of(source);
    source[0] = ScimNumber.of(2);
    assertThat(copy.get(0)).isEqualTo(ScimNumber.of(1));
  }

  @Test
  void numbersAreExactAndEqualByValue() {
    assertThat(ScimNumber.parse("1.0")).isEqualTo(ScimNumber.of(1)).hasSameHashCodeAs(ScimNumber.of(1));
    assertThat(ScimNumber.parse("1e0")).isEqualTo(ScimNumber.of(1));
    assertThat(ScimNumber.parse("0.00")).isEqualTo(ScimNumber.parse("-0")).hasSameHashCodeAs(ScimNumber.parse("-0"));
    assertThat(ScimNumber.parse("1.50").toString()).isEqualTo("1.50");
    assertThat(ScimNumber.parse("12345678901234567890.123456789").value())
        .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(ScimNumber.parse("0.1").value().add(ScimNumber.parse("0.2").value()))
        .isEqualByComparingTo("0.3");
    assertThat(ScimNumber.parse("2.000").isIntegral()).isTrue();
    assertThat(ScimNumber.parse("2.5").isIntegral()).isFalse();
    assertThat(ScimNumber.parse("1e3").isIntegral()).isTrue();
    assertThat(ScimNumber.of(2).compareTo(ScimNumber.parse("10"))).isNegative();
    assertThat(ScimNumber.parse("1e1000").value().scale()).isEqualTo(-ScimNumber.MAX_SCALE);
    assertThatThrownBy(() -> ScimNumber.parse("1e1001")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> ScimNumber.parse("1e-1001")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> ScimNumber.parse("1e2147483648")).isInstanceOf(NumberFormatException.class);
    // Numbers at the edge of the range hash by value too.
    ScimNumber huge = ScimNumber.of(new BigDecimal(BigInteger.valueOf(100), -ScimNumber.MAX_SCALE + 1));
    ScimNumber same = ScimNumber.of(new BigDecimal(BigInteger.TEN, -ScimNumber.MAX_SCALE));
    assertThat(huge).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(ScimNumber.parse("1.500e3")).hasSameHashCodeAs(ScimNumber.of(1500));
    for (String bad : new String[] {"", "-", "01", "1.", ".5", "+1", "1e", "1e+", "0x10", "NaN", "1 "}) {
      assertThatThrownBy(() -> ScimNumber.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
    }
  }

  /** D7: the constructor and {@code of(BigDecimal)} keep the range rule that {@code parse} keeps. */
  @Test
  void everyWayOfMakingANumberRefusesAScaleOutOfRange() {
    for (BigDecimal bad : new BigDecimal[] {
        new BigDecimal("1e-2147483647"), new BigDecimal("1e2147483647"), new BigDecimal("1e1001"),
        new BigDecimal("1e-1001"), new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE)}) {
      assertThat(ScimNumber.isInRange(bad)).as("%s in range", bad).isFalse();
      assertThatThrownBy(() -> new ScimNumber(bad)).as("new ScimNumber(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(NumberFormatException.class)
          .hasMessageContaining("scale beyond " + ScimNumber.MAX_SCALE);
      assertThatThrownBy(() -> ScimNumber.of(bad)).as("ScimNumber.of(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(NumberFormatException.class);
    }
    for (String edge : new String[] {"1e1000", "1e-1000", "-0.5e-999", "1.000e1003"}) {
      BigDecimal value = new BigDecimal(edge);
      assertThat(ScimNumber.isInRange(value)).as("%s in range", edge).isTrue();
      assertThat(new ScimNumber(value)).isEqualTo(ScimNumber.of(value)).isEqualTo(ScimNumber.parse(edge));
    }
    assertThatThrownBy(() -> ScimNumber.parse("1e-2147483647")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void eachNodeClassHasItsOwnKind() {
    List<ScimNode> nodes = List.of(
        USER, ScimArray.empty(), ScimString.of(""), ScimNumber.of(0), ScimBoolean.TRUE, ScimNull.INSTANCE);
    assertThat(nodes).extracting(ScimNode::kind).containsExactly(ScimNode.Kind.values());
    assertThat(nodes.stream().map(Object::getClass)).containsExactlyInAnyOrder(ScimNode.class.getPermittedSubclasses());
    assertThat(nodes).allSatisfy(n -> assertThat(n.jsonType()).isEqualTo(n.kind().name().toLowerCase(Locale.ROOT)));
  }

  @Test
  void scalarsAndJson() {
    assertThat(ScimString.of("a\"b\\c\n\u0001\ud83d\ude00").toString())
        .isEqualTo("\"a\\\"b\\\\c\\n\\u0001\ud83d\ude00\"");
    assertThat(ScimBoolean.of(false)).isSameAs(ScimBoolean.FALSE);
    assertThat(ScimNull.INSTANCE.toString()).isEqualTo("null");
    assertThat(ScimNull.INSTANCE.isNull()).isTrue();
    assertThat(ScimString.of("x").isScalar()).isTrue();
    assertThat(ScimNull.INSTANCE.isScalar()).isFalse();
    assertThat(USER.isScalar()).isFalse();
    assertThat(List.of(USER, ScimArray.empty(), ScimString.of(""), ScimNumber.of(0), ScimBoolean.TRUE, ScimNull.INSTANCE))
        .extracting(ScimNode::jsonType)
        .containsExactly("object", "array", "string", "number", "boolean", "null");
    assertThatThrownBy(() -> ScimString.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> USER.with("x", null)).isInstanceOf(NullPointerException.class);
  }
}
