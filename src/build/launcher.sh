#!/usr/bin/env bash
# Writes TARGET/unsc, the command line's launcher: unsc.jar started with a class-data-sharing archive
# (TARGET/unsc.jsa) of the classes its commands load, the serial collector and the C1 compiler only. The build runs it after unsc.jar
# is assembled (pom.xml, exec-maven-plugin; -Dexec.skip leaves it out).
#
#   launcher.sh JAVA TARGET EXAMPLES
#
# The archive is made with the JDK that runs the build (JDK 17's -Xshare:dump over the class lists of a few training
# runs); the launcher uses that JDK and falls back silently to a start without the archive when the archive does
# not fit (another JDK, a rebuilt or moved jar).
set -euo pipefail
java="$1"
target="$(cd "$2" && pwd -P)"
examples="$(cd "$3" && pwd -P)"
jar="$target/unsc.jar"
work="$target/cds"
rm -rf "$work" && mkdir -p "$work"

train() {
    local name="$1"
    shift
    "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$name.lst" -jar "$jar" "$@" > /dev/null 2>> "$work/train.log"
}
# one run of each kind of command: text and JSON, a ballot, a scenario file, the power indices
train council council 2016
train council-json council 2016 --json
train vote vote --council 2016-10-08 --yes EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY --no RUS,VEN \
    --abstain AGO,CHN --json
train whatif whatif --council 2016-10-08 --yes EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY --no RUS,VEN \
    --abstain AGO,CHN --set RUS=abstain
train scenario scenario "$examples/scenarios/s2016-846.yaml" --json
train power power --weights 39,7,7,7,7,7,1,1,1,1,1,1,1,1,1,1 --quota 39 --index banzhaf --exact
train banzhaf power --weights 39,7,7,7,7,7,1,1,1,1,1,1,1,1,1,1 --quota 39 --index banzhaf
train help --help
train version --version
# a lambda whose type names a class from a Java 5 class file (picocli, commons-math3) makes the dump link that
# class, and a linked old class is left out of the archive (JDK 17: "Old class has been linked"): picocli's main
# class went with it. Such lambdas are made at run time instead.
awk '!seen[$0]++' "$work"/*.lst | grep -v '^@lambda-proxy .*\(picocli/\|org/apache/commons/math3/\)' > "$work/classes.txt"

"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.txt" -XX:SharedArchiveFile="$target/unsc.jsa" \
    -XX:+UseSerialGC -cp "$jar" > "$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }

cat > "$target/unsc" <<LAUNCHER
#!/usr/bin/env bash
# unsc-sim's command line: unsc.jar with the class-data-sharing archive built beside it (see README, "Start-up").
here="\$(cd "\$(dirname "\${BASH_SOURCE[0]}")" && pwd -P)"
java='$java'
[ -x "\$java" ] || java=java
# C1 only (-XX:TieredStopAtLevel=1): a third less processor time for a short call, about 10 % slower on a long one
# (java -jar unsc.jar for those); no performance-data file (-XX:-UsePerfData)
exec "\$java" -XX:SharedArchiveFile="\$here/unsc.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \\
    -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -jar "\$here/unsc.jar" "\$@"
LAUNCHER
chmod +x "$target/unsc"
