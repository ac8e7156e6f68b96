package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.QuiverDataSource;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MyBatis mappers over QuiverDataSource: typed parameters, result mapping, inserts, updates. */
class MyBatisTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  /** A row of mybatis_items, mapped by column name. */
  public static final class Item {
    private int id;
    private String label;
    private Double price;

    public int getId() {
      return id;
    }

    public void setId(int id) {
      this.id = id;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public Double getPrice() {
      return price;
    }

    public void setPrice(Double price) {
      this.price = price;
    }
  }

  /** The mapper MyBatis implements. */
  public interface ItemMapper {
    @Select("SELECT id, label, price FROM mybatis_items WHERE id = #{id}")
    Item find(int id);

    @Select("SELECT id, label, price FROM mybatis_items WHERE price >= #{min} ORDER BY id")
    List<Item> pricedFrom(@Param("min") double min);

    @Insert("INSERT INTO mybatis_items VALUES (#{id}, #{label}, #{price})")
    int insert(Item item);

    @Update("UPDATE mybatis_items SET label = #{label} WHERE id = #{id}")
    int relabel(@Param("id") int id, @Param("label") String label);
  }

  @BeforeAll
  static void seed() {
    ClientFixture.seedItems(FIXTURE, "mybatis_items", 4);
  }

  @AfterEach
  void noLeaks() {
    ClientFixture.assertDriverReleasedEverything();
  }

  @Test
  void mapperSelectsInsertsAndUpdates() {
    QuiverDataSource dataSource = new QuiverDataSource();
    dataSource.setUrl(FIXTURE.jdbcUrl());
    // Managed transactions: statements run in the driver's auto-commit mode.
    Environment environment =
        new Environment("quiver", new ManagedTransactionFactory(), dataSource);
    Configuration configuration = new Configuration(environment);
    configuration.addMapper(ItemMapper.class);
    SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);

    try (SqlSession session = factory.openSession(true)) {
      ItemMapper mapper = session.getMapper(ItemMapper.class);
      Item three = mapper.find(3);
      assertThat(three.getLabel()).isEqualTo("item 3");
      assertThat(three.getPrice()).isEqualTo(4.5);
      assertThat(mapper.find(99)).isNull();

      Item added = new Item();
      added.setId(100);
      added.setLabel("added");
      added.setPrice(null); // MyBatis binds null with its jdbcTypeForNull (OTHER)
      assertThat(mapper.insert(added)).isEqualTo(1);
      assertThat(mapper.find(100).getPrice()).isNull();
      assertThat(mapper.relabel(100, "renamed")).isEqualTo(1);
      assertThat(mapper.find(100).getLabel()).isEqualTo("renamed");

      assertThat(mapper.pricedFrom(4.5)).extracting(Item::getId).containsExactly(3, 4);
    }
  }
}
