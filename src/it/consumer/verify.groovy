// What a project that depends on the library gets: checked after its build (maven-invoker-plugin).
def tree = new File(basedir, 'target/dependency-tree.txt').text
println tree
assert tree.contains('io.github.unscsim:unsc-sim:jar:')
assert tree.contains('com.google.guava:guava:jar:')
assert tree.contains('org.apache.commons:commons-math3:jar:')
assert !tree.contains('info.picocli') : 'picocli reached the consumer'
assert !tree.contains('jackson-dataformat-yaml') : 'jackson-dataformat-yaml reached the consumer'
assert !tree.contains('snakeyaml') : 'snakeyaml reached the consumer'
assert !tree.contains('jackson-dataformat-csv') : 'jackson-dataformat-csv reached the consumer'

def jar = new File(localRepositoryPath, 'io/github/unscsim/unsc-sim/' + projectVersion + '/unsc-sim-' + projectVersion + '.jar')
def zip = new java.util.zip.ZipFile(jar)
try {
    assert zip.getEntry('io/github/unscsim/model/Council.class') != null
    assert zip.getEntry('module-info.class') != null
    assert zip.entries().findAll { it.name.startsWith('io/github/unscsim/cli/') }.isEmpty() : 'the library jar holds the cli package'
} finally {
    zip.close()
}
return true
