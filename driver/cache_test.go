package driver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func hello(msg string, code int) []byte {
	return fmt.Appendf(nil, `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(%q, os.Args[0], os.Args[1:])
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(%d)
}
`, msg, code)
}

func TestBuildAndRun(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	ctx := context.Background()
	bin, err := c.Build(ctx, hello("hi", 3))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code, err := Run(ctx, bin, "prog.py", []string{"a", "b"}, nil, &stdout, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if code != 3 || stdout.String() != "hi prog.py [a b]\n" || stderr.String() != "to stderr\n" {
		t.Errorf("got exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}

	// A second build of the same source must not run the go command.
	c2 := &Cache{Dir: c.Dir, GoCmd: "/nonexistent/go"}
	c2.goOnce.Do(func() { c2.goVersion, _ = c.GoVersion() })
	bin2, err := c2.Build(ctx, hello("hi", 3))
	if err != nil || bin2 != bin {
		t.Errorf("cached build: %q, %v; want %q", bin2, err, bin)
	}
	// The program's build directory is removed after the build.
	if dirs, _ := filepath.Glob(filepath.Join(c.Dir, "mod-*", "p", "*")); len(dirs) != 0 {
		t.Errorf("left build directories: %v", dirs)
	}
}

func TestBuildModuleLayout(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	dir, err := c.buildDir("k")
	if err != nil {
		t.Fatal(err)
	}
	mod := filepath.Dir(filepath.Dir(dir))
	gomod, _ := os.ReadFile(filepath.Join(mod, "go.mod"))
	for _, want := range []string{
		"require github.com/pyasync2go/pyasync2go v0.0.0",
		"replace github.com/pyasync2go/pyasync2go => ./pyasync2go",
	} {
		if !strings.Contains(string(gomod), want) {
			t.Errorf("go.mod lacks %q:\n%s", want, gomod)
		}
	}
	rtFiles, _ := filepath.Glob(filepath.Join(mod, "pyasync2go", "rt", "*.go"))
	if len(rtFiles) == 0 {
		t.Error("no runtime source in the build module")
	}
	for _, f := range rtFiles {
		if strings.HasSuffix(f, "_test.go") {
			t.Errorf("test file written into the build module: %s", f)
		}
	}
}

func TestBuildConcurrent(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range 8 {
		wg.Go(func() {
			msg := fmt.Sprint("program ", i%4)
			bin, err := c.Build(ctx, hello(msg, 0))
			if err != nil {
				errs[i] = err
				return
			}
			var out bytes.Buffer
			if _, err := Run(ctx, bin, "p.py", nil, nil, &out, nil); err != nil {
				errs[i] = err
			} else if want := msg + " p.py []\n"; out.String() != want {
				errs[i] = fmt.Errorf("got %q, want %q", out.String(), want)
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("build %d: %v", i, err)
		}
	}
}

func TestBuildError(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	_, err := c.Build(context.Background(), []byte("package main\n\nfunc main() { undefined() }\n"))
	var be *BuildError
	if !errors.As(err, &be) || !strings.Contains(be.Output, "undefined") {
		t.Errorf("got %v, want a BuildError naming the undefined function", err)
	}
}

func TestBuildSourceReusesBinary(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	calls := 0
	tr := func(filename string, src []byte, opts Options) ([]byte, error) {
		calls++
		return hello(string(src), 0), nil
	}
	ctx := context.Background()
	bin1, err := c.BuildSource(ctx, tr, "a.py", []byte("x = 1\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	bin2, err := c.BuildSource(ctx, tr, "a.py", []byte("x = 1\n"), Options{})
	if err != nil || bin2 != bin1 || calls != 1 {
		t.Errorf("second build: %q, %v, %d translations; want %q after 1", bin2, err, calls, bin1)
	}
	if _, err := c.BuildSource(ctx, tr, "a.py", []byte("x = 2\n"), Options{}); err != nil || calls != 2 {
		t.Errorf("changed source: %v, %d translations, want 2", err, calls)
	}
}

func TestWriteFileIfChanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.go")
	if wrote, err := WriteFileIfChanged(path, []byte("a")); !wrote || err != nil {
		t.Fatalf("first write: %v, %v", wrote, err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(path, old, old)
	if wrote, err := WriteFileIfChanged(path, []byte("a")); wrote || err != nil {
		t.Errorf("same content: wrote=%v, %v", wrote, err)
	}
	if info, _ := os.Stat(path); !info.ModTime().Equal(old) {
		t.Errorf("modification time changed for identical content")
	}
	if wrote, err := WriteFileIfChanged(path, []byte("b")); !wrote || err != nil {
		t.Errorf("new content: wrote=%v, %v", wrote, err)
	}
	if data, _ := os.ReadFile(path); string(data) != "b" {
		t.Errorf("content %q, want b", data)
	}
}

func TestDefaultCacheDir(t *testing.T) {
	t.Setenv(CacheEnv, "/tmp/somewhere")
	if dir, err := DefaultCacheDir(); err != nil || dir != "/tmp/somewhere" {
		t.Errorf("got %q, %v", dir, err)
	}
}

// fakeModule makes a build module dir/name last used at used, with build
// directories p/KEY for keys.
func fakeModule(t *testing.T, dir, name string, used time.Time, keys ...string) string {
	t.Helper()
	mod := filepath.Join(dir, name)
	for _, key := range append(keys, "") {
		if err := os.MkdirAll(filepath.Join(mod, "p", key), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"go.mod", useStamp} {
		if err := os.WriteFile(filepath.Join(mod, f), []byte("module pyasync2go.build\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chtimes(filepath.Join(mod, useStamp), used, used); err != nil {
		t.Fatal(err)
	}
	return mod
}

func holdLock(t *testing.T, c *Cache, name string) {
	t.Helper()
	os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755)
	unlock, err := lockFile(filepath.Join(c.Dir, "lock", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(unlock)
}

// A build removes the build modules of other runtimes unused for a day,
// unless a build uses them now, and the build directories left by
// interrupted builds.
func TestBuildPrunesModules(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	ctx := context.Background()
	if _, err := c.Build(ctx, hello("first", 0)); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(c.Dir, "trim.stamp")) // an hour later
	current := filepath.Join(c.Dir, moduleName())
	twoDaysAgo := time.Now().Add(-48 * time.Hour)
	os.Chtimes(filepath.Join(current, useStamp), twoDaysAgo, twoDaysAgo)
	os.MkdirAll(filepath.Join(current, "p", "interrupted"), 0o755)
	os.MkdirAll(filepath.Join(current, "p", "building"), 0o755)
	holdLock(t, c, "building")

	// The stamp, not the directory's time, tells when a module was used.
	old := fakeModule(t, c.Dir, "mod-000000000000old0", twoDaysAgo)
	crashed := fakeModule(t, c.Dir, "mod-00000000000old1", twoDaysAgo, "interrupted")
	recent := fakeModule(t, c.Dir, "mod-00000000000new0", time.Now().Add(-time.Hour))
	os.Chtimes(recent, twoDaysAgo, twoDaysAgo)
	locked := fakeModule(t, c.Dir, "mod-000000000locked", twoDaysAgo)
	holdLock(t, c, filepath.Base(locked))
	inUse := fakeModule(t, c.Dir, "mod-000000000in-use", twoDaysAgo, "running", "interrupted")
	holdLock(t, c, "running")
	partial := filepath.Join(c.Dir, "mod-00000000partial.tmp")
	os.MkdirAll(filepath.Join(partial, "pyasync2go"), 0o755)

	if _, err := c.Build(ctx, hello("second", 0)); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		old:                                      false,
		crashed:                                  false,
		partial:                                  false,
		recent:                                   true,
		locked:                                   true,
		inUse:                                    true,
		filepath.Join(inUse, "p", "running"):     true,
		filepath.Join(inUse, "p", "interrupted"): false,
		current:                                  true,
		filepath.Join(current, "go.mod"):         true,
		filepath.Join(current, "p", "building"):  true,
		filepath.Join(current, "p", "interrupted"): false,
	} {
		if exists(path) != want {
			t.Errorf("%s: exists = %v, want %v", path, !want, want)
		}
	}

	// The module of this runtime stays however long it was unused.
	os.RemoveAll(filepath.Join(current, "p", "building")) // the build ended
	os.Chtimes(filepath.Join(current, useStamp), twoDaysAgo, twoDaysAgo)
	os.Remove(filepath.Join(c.Dir, "trim.stamp"))
	c.maybeTrim()
	if !exists(filepath.Join(current, "go.mod")) {
		t.Errorf("the current module was removed")
	}
}

// Modules are pruned at most once an hour.
func TestPruneInterval(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	stamp := filepath.Join(c.Dir, "trim.stamp")
	os.WriteFile(stamp, nil, 0o644)
	mod := fakeModule(t, c.Dir, "mod-0000000000000old", time.Now().Add(-48*time.Hour))
	c.maybeTrim()
	if !exists(mod) {
		t.Fatal("pruned within an hour of the last trim")
	}
	hourAgo := time.Now().Add(-61 * time.Minute)
	os.Chtimes(stamp, hourAgo, hourAgo)
	c.maybeTrim()
	if exists(mod) {
		t.Fatal("not pruned an hour after the last trim")
	}
}

// Pruning every module as often as possible never breaks a build.
func TestPruneWhileBuilding(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	ctx := context.Background()
	mod := filepath.Join(c.Dir, moduleName())
	prune := func() { c.pruneModules("mod-none", -time.Hour, time.Now()) }
	done := make(chan struct{})
	pruned := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				pruned <- n
				return
			default:
			}
			had := exists(mod)
			prune()
			if had && !exists(mod) {
				n++
			}
			time.Sleep(time.Millisecond)
		}
	}()
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Go(func() {
			for j := range 2 {
				msg := fmt.Sprint("program ", i, j)
				bin, err := c.Build(ctx, hello(msg, 0))
				if err != nil {
					t.Errorf("%s: %v", msg, err)
					continue
				}
				var out bytes.Buffer
				if _, err := Run(ctx, bin, "p.py", nil, nil, &out, nil); err != nil || out.String() != msg+" p.py []\n" {
					t.Errorf("%s: got %q, %v", msg, out.String(), err)
				}
				time.Sleep(20 * time.Millisecond) // unused for a moment
			}
		})
	}
	wg.Wait()
	close(done)
	t.Logf("module removed %d times while building", <-pruned)
	prune()
	if exists(mod) {
		t.Errorf("unused module %s not pruned", mod)
	}
}

// fakeBinary writes the file dir/name, last used at used.
func fakeBinary(t *testing.T, dir, name string, used time.Time) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte("binary"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, used, used); err != nil {
		t.Fatal(err)
	}
	return path
}

// A build removes the binaries of other runtimes unused for a day, those
// of the current runtime unused for five days, and the records of removed
// binaries.
func TestBuildTrimsBinaries(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	ctx := context.Background()
	first, err := c.Build(ctx, hello("first", 0))
	if err != nil {
		t.Fatal(err)
	}
	current := filepath.Join(c.Dir, binDirName())
	if filepath.Dir(first) != current {
		t.Fatalf("binary %s not in %s", first, current)
	}
	os.Remove(filepath.Join(c.Dir, "trim.stamp")) // an hour later
	hourAgo := time.Now().Add(-time.Hour)
	twoDaysAgo := time.Now().Add(-48 * time.Hour)
	sixDaysAgo := time.Now().Add(-6 * 24 * time.Hour)
	os.Chtimes(first, twoDaysAgo, twoDaysAgo)
	stale := fakeBinary(t, current, "stale", sixDaysAgo)

	oldDir := filepath.Join(c.Dir, "bin-000000000000old0")
	old1 := fakeBinary(t, oldDir, "a", twoDaysAgo)
	old2 := fakeBinary(t, oldDir, "b", twoDaysAgo)
	usedDir := filepath.Join(c.Dir, "bin-00000000000used")
	usedOld := fakeBinary(t, usedDir, "a", twoDaysAgo)
	usedNow := fakeBinary(t, usedDir, "b", hourAgo) // run by another pyasync2go
	lockedDir := filepath.Join(c.Dir, "bin-000000000locked")
	locked := fakeBinary(t, lockedDir, "a", twoDaysAgo)
	holdLock(t, c, filepath.Base(lockedDir)) // a build moves a binary in
	// bin/ of pyasync2go versions before bin-RTHASH.
	legacy := filepath.Join(c.Dir, "bin")
	legacyOld := fakeBinary(t, legacy, "0123", twoDaysAgo)
	legacyTmp := fakeBinary(t, legacy, "0124.tmp", twoDaysAgo)
	legacyNow := fakeBinary(t, legacy, "0125", hourAgo)
	// Records of binaries in other runtimes' directories.
	danglingRecord := filepath.Join(c.Dir, "src", "dangling")
	liveRecord := filepath.Join(c.Dir, "src", "live")
	os.MkdirAll(filepath.Dir(liveRecord), 0o755)
	os.WriteFile(danglingRecord, []byte(filepath.Join(filepath.Base(oldDir), "a")+"\n"), 0o644)
	os.WriteFile(liveRecord, []byte(filepath.Join(filepath.Base(usedDir), "b")+"\n"), 0o644)

	second, err := c.Build(ctx, hello("second", 0))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		first:     true,
		second:    true,
		stale:     false,
		old1:      false,
		old2:      false,
		oldDir:    false,
		usedOld:   false,
		usedNow:   true,
		locked:    true,
		legacyOld: false,
		legacyTmp: false,
		legacyNow: true,

		danglingRecord: false,
		liveRecord:     true,
	} {
		if exists(path) != want {
			t.Errorf("%s: exists = %v, want %v", path, !want, want)
		}
	}
	var out bytes.Buffer
	if _, err := Run(ctx, first, "p.py", nil, nil, &out, nil); err != nil || out.String() != "first p.py []\n" {
		t.Errorf("kept binary: got %q, %v", out.String(), err)
	}
}

// A recorded binary that was removed is built again.
func TestBuildSourceRebuildsRemovedBinary(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	calls := 0
	tr := func(filename string, src []byte, opts Options) ([]byte, error) {
		calls++
		return hello(string(src), 0), nil
	}
	ctx := context.Background()
	runs := func(bin string) {
		t.Helper()
		var out bytes.Buffer
		if _, err := Run(ctx, bin, "a.py", nil, nil, &out, nil); err != nil || out.String() != "x = 1\n a.py []\n" {
			t.Errorf("got %q, %v", out.String(), err)
		}
	}
	bin, err := c.BuildSource(ctx, tr, "a.py", []byte("x = 1\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(bin) != filepath.Join(c.Dir, binDirName()) {
		t.Fatalf("binary %s not in the directory of the runtime", bin)
	}

	// Removed by another process's trim.
	os.Remove(bin)
	again, err := c.BuildSource(ctx, tr, "a.py", []byte("x = 1\n"), Options{})
	if err != nil || again != bin || calls != 2 {
		t.Fatalf("after removal: %q, %v, %d translations; want %q after 2", again, err, calls, bin)
	}
	runs(bin)

	// Unused for six days, removed by the trim after another build.
	sixDaysAgo := time.Now().Add(-6 * 24 * time.Hour)
	os.Chtimes(bin, sixDaysAgo, sixDaysAgo)
	os.Remove(filepath.Join(c.Dir, "trim.stamp"))
	if _, err := c.Build(ctx, hello("other", 0)); err != nil {
		t.Fatal(err)
	}
	if exists(bin) {
		t.Fatalf("%s not trimmed", bin)
	}
	again, err = c.BuildSource(ctx, tr, "a.py", []byte("x = 1\n"), Options{})
	if err != nil || again != bin || calls != 3 {
		t.Fatalf("after trim: %q, %v, %d translations; want %q after 3", again, err, calls, bin)
	}
	runs(bin)
}

// A build does not move its binary into a directory of binaries while
// the directory is being pruned, which may remove it.
func TestInstallWaitsForPruning(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	ctx := context.Background()
	dir := filepath.Join(c.Dir, binDirName())
	os.MkdirAll(dir, 0o755)
	os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755)
	// The test prunes dir: it holds the lock and, once the build's binary
	// is ready, removes the empty directory.
	unlock, err := lockFile(filepath.Join(c.Dir, "lock", binDirName()))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		bin string
		err error
	}
	done := make(chan result, 1)
	go func() {
		bin, err := c.Build(ctx, hello("waits", 0))
		done <- result{bin, err}
	}()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		if outs, _ := filepath.Glob(filepath.Join(c.Dir, "mod-*", "p", "*", "prog")); len(outs) > 0 {
			break
		}
		select {
		case r := <-done:
			unlock()
			t.Fatalf("the build ended (%v) without waiting for the pruning", r.err)
		default:
		}
		if time.Now().After(deadline) {
			unlock()
			t.Fatal("no binary built")
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	select {
	case r := <-done:
		unlock()
		t.Fatalf("the build ended (%v) without waiting for the pruning", r.err)
	default:
	}
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	unlock()
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	var out bytes.Buffer
	if _, err := Run(ctx, r.bin, "p.py", nil, nil, &out, nil); err != nil || out.String() != "waits p.py []\n" {
		t.Errorf("got %q, %v", out.String(), err)
	}
}
