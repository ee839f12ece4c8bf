// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** The Spark session of a command: the given master, or the one spark-submit configured. */
final class Sessions {
  private Sessions() {}

  /**
   * A session named {@code app}. With {@code master} null, the master comes from spark-submit
   * ({@code spark.master}), else {@code local[*]}. Local masters bind to the loopback address and
   * run without the web UI.
   */
  static SparkSession open(String app, @Nullable String master, int shufflePartitions) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setAppName(app);
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    if (shufflePartitions > 0) {
      conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
