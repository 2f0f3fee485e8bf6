package driver

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go"
)

// CacheEnv names the environment variable that overrides DefaultCacheDir.
const CacheEnv = "PYASYNC2GO_CACHE"

// DefaultCacheDir returns $PYASYNC2GO_CACHE when set, else the pyasync2go
// directory in the user's cache directory (os.UserCacheDir).
func DefaultCacheDir() (string, error) {
	if dir := os.Getenv(CacheEnv); dir != "" {
		return filepath.Abs(dir)
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory (set %s): %v", CacheEnv, err)
	}
	return filepath.Join(dir, "pyasync2go"), nil
}

// A Cache builds generated programs and keeps their binaries. Its
// directory holds:
//
//	mod-RTHASH/            the build module for one runtime version:
//	  go.mod               require + replace github.com/pyasync2go/pyasync2go => ./pyasync2go
//	  pyasync2go/rt/*      the embedded runtime source (.go and .s)
//	  use.stamp            touched by every build in the module
//	  p/KEY/main.go        a program while it builds (and p/KEY/prog, its binary)
//	bin-RTHASH/KEY         binaries built with one runtime version,
//	                       KEY = hash(Go source, runtime hash, go version)
//	bin/KEY                binaries of pyasync2go versions before bin-RTHASH
//	src/KEY                for a Python file: the binary it built to, as bin-RTHASH/KEY
//	lock/                  lock files that serialize work on one KEY, module or bin-RTHASH
//	trim.stamp             when maybeTrim last ran
//
// A binary's modification time is when it was last used: every use
// touches it. Binaries of the current runtime stay trimAge after their
// last use, those of other runtimes (and in bin/) otherRuntimeAge.
//
// A Cache is safe for concurrent use by goroutines and by processes.
type Cache struct {
	Dir string
	// GoCmd is the go command; "" means "go".
	GoCmd string
	// Race builds programs with the race detector.
	Race bool

	goOnce    sync.Once
	goVersion string
	goErr     error
}

// NewCache returns a Cache in dir, or in DefaultCacheDir when dir is "".
func NewCache(dir string) (*Cache, error) {
	if dir == "" {
		var err error
		if dir, err = DefaultCacheDir(); err != nil {
			return nil, err
		}
	}
	return &Cache{Dir: dir}, nil
}

// BuildError is a failure of the Go toolchain on generated code. It is a
// bug in pyasync2go: accepted programs must always compile.
type BuildError struct {
	Output string
}

func (e *BuildError) Error() string {
	return "pyasync2go: internal error: the generated Go program does not build " +
		"(please report it with the Python file):\n" + e.Output
}

func (c *Cache) goCmd() string {
	if c.GoCmd != "" {
		return c.GoCmd
	}
	return "go"
}

// GoVersion returns the go command's version ("go1.26.8").
func (c *Cache) GoVersion() (string, error) {
	c.goOnce.Do(func() {
		out, err := exec.Command(c.goCmd(), "env", "GOVERSION").Output()
		if err != nil {
			c.goErr = fmt.Errorf("pyasync2go needs the go command to build programs: %v", err)
			return
		}
		c.goVersion = strings.TrimSpace(string(out))
	})
	return c.goVersion, c.goErr
}

func hashOf(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:", len(p))
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// BinaryPath returns where the binary built from goSrc is (or will be).
func (c *Cache) BinaryPath(goSrc []byte) (string, error) {
	goVersion, err := c.GoVersion()
	if err != nil {
		return "", err
	}
	flavour := ""
	if c.Race {
		flavour = "race"
	}
	key := hashOf(goSrc, []byte(pyasync2go.RuntimeHash()), []byte(goVersion), []byte(flavour))
	return filepath.Join(c.Dir, binDirName(), key), nil
}

// binDirName is the name of the directory of binaries built with the
// embedded runtime.
func binDirName() string {
	return "bin-" + pyasync2go.RuntimeHash()[:16]
}

// Build compiles the main package in goSrc and returns the path of the
// binary, reusing a cached one when the same source was built before with
// the same runtime and go version.
func (c *Cache) Build(ctx context.Context, goSrc []byte) (string, error) {
	bin, err := c.BinaryPath(goSrc)
	if err != nil {
		return "", err
	}
	if exists(bin) {
		touch(bin)
		return bin, nil
	}
	built, err := c.build(ctx, goSrc, bin)
	if err != nil {
		return "", err
	}
	if built {
		c.maybeTrim()
	}
	return bin, nil
}

// build builds goSrc into bin unless another build did meanwhile, and
// reports whether it ran the go command.
func (c *Cache) build(ctx context.Context, goSrc []byte, bin string) (bool, error) {
	key := filepath.Base(bin)
	if err := os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755); err != nil {
		return false, err
	}
	unlock, err := lockFile(filepath.Join(c.Dir, "lock", key))
	if err != nil {
		return false, err
	}
	defer unlock()
	if exists(bin) {
		return false, nil
	}
	dir, err := c.buildDir(key)
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(dir) // before unlock: see pruneBuildDirs
	if err := os.WriteFile(filepath.Join(dir, "main.go"), goSrc, 0o644); err != nil {
		return false, err
	}
	// Built in dir, so that an interrupted build leaves nothing elsewhere.
	args := []string{"build", "-trimpath", "-ldflags=-s -w", "-o", "prog"}
	if c.Race {
		args = append(args, "-race")
	}
	cmd := exec.CommandContext(ctx, c.goCmd(), append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = buildEnv(c.Race)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		return false, &BuildError{Output: strings.TrimSpace(string(out))}
	}
	return true, c.install(filepath.Join(dir, "prog"), bin)
}

// install moves the binary built at out to bin. It holds the lock of
// bin's directory while it makes the directory and moves the binary in,
// so that pruneBinaries, which removes an emptied directory only while
// holding that lock, never removes the directory in between.
func (c *Cache) install(out, bin string) error {
	dir := filepath.Dir(bin)
	unlock, err := lockFile(filepath.Join(c.Dir, "lock", filepath.Base(dir)))
	if err != nil {
		return err
	}
	defer unlock()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.Rename(out, bin)
}

// moduleName is the name of the build module of the embedded runtime.
func moduleName() string {
	return "mod-" + pyasync2go.RuntimeHash()[:16]
}

// useStamp is the file in a build module whose modification time is when
// a build last used the module.
const useStamp = "use.stamp"

// buildDir returns the directory p/key in the build module for the
// embedded runtime, creating the module (once per runtime hash, by writing
// it in a temporary directory and renaming it into place) and the
// directory. The caller holds the lock of key and removes the directory
// before releasing it.
//
// The module's lock is held while the module is checked, its use stamp
// touched and p/key made, so pruneModules, which removes a module only
// while holding its lock, sees either a module whose stamp is new or one
// with p/key in use.
func (c *Cache) buildDir(key string) (string, error) {
	name := moduleName()
	mod := filepath.Join(c.Dir, name)
	if err := os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755); err != nil {
		return "", err
	}
	unlock, err := lockFile(filepath.Join(c.Dir, "lock", name))
	if err != nil {
		return "", err
	}
	defer unlock()
	if !exists(filepath.Join(mod, "go.mod")) {
		tmp := mod + ".tmp"
		os.RemoveAll(tmp)
		if err := writeModule(tmp); err != nil {
			os.RemoveAll(tmp)
			return "", err
		}
		os.RemoveAll(mod) // an incomplete directory left by a crash
		if err := os.Rename(tmp, mod); err != nil {
			return "", err
		}
	}
	stamp := filepath.Join(mod, useStamp)
	if now := time.Now(); os.Chtimes(stamp, now, now) != nil {
		if err := os.WriteFile(stamp, nil, 0o644); err != nil {
			return "", err
		}
	}
	dir := filepath.Join(mod, "p", key)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return dir, nil
}

func writeModule(dir string) error {
	goVersion := pyasync2go.GoVersion()
	gomod := fmt.Sprintf("module pyasync2go.build\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => ./pyasync2go\n",
		goVersion, pyasync2go.ModulePath, pyasync2go.ModulePath)
	rtmod := fmt.Sprintf("module %s\n\ngo %s\n", pyasync2go.ModulePath, goVersion)
	if err := os.MkdirAll(filepath.Join(dir, "pyasync2go"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "pyasync2go", "go.mod"), []byte(rtmod), 0o644); err != nil {
		return err
	}
	return pyasync2go.WriteRuntime(filepath.Join(dir, "pyasync2go"))
}

// sourceKey identifies a Python file's translation and build inputs
// without translating it: the file name and source, the options, the
// pyasync2go executable, the runtime and the go command.
func (c *Cache) sourceKey(filename string, src []byte, opts Options) string {
	return hashOf([]byte(filename), src, []byte(opts.key()),
		[]byte(executableID()), []byte(pyasync2go.RuntimeHash()), []byte(fileID(lookPath(c.goCmd()))))
}

// BuildSource translates and builds a Python program, returning the path
// of its binary. An unchanged file built before by the same pyasync2go is
// found by a hash of its source, without translating it again.
func (c *Cache) BuildSource(ctx context.Context, tr Translator, filename string, src []byte, opts Options) (string, error) {
	key := c.sourceKey(filename, src, opts)
	record := filepath.Join(c.Dir, "src", key)
	if b, err := os.ReadFile(record); err == nil {
		bin := filepath.Join(c.Dir, string(bytes.TrimSpace(b)))
		if exists(bin) {
			touch(bin) // keeps it from being trimmed
			return bin, nil
		}
	}
	goSrc, err := Translate(tr, filename, src, opts)
	if err != nil {
		return "", err
	}
	bin, err := c.Build(ctx, goSrc)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(record), 0o755); err == nil {
		rel := filepath.Join(filepath.Base(filepath.Dir(bin)), filepath.Base(bin))
		writeFileAtomic(record, []byte(rel+"\n"))
	}
	return bin, nil
}

// trimAge is how long an unused binary of the current runtime, a record
// and a lock file stay in the cache.
const trimAge = 5 * 24 * time.Hour

// otherRuntimeAge is how long an unused binary or build module of another
// runtime stays in the cache.
const otherRuntimeAge = 24 * time.Hour

// maybeTrim removes, at most once an hour, binaries of the current runtime
// unused for trimAge, binaries and build modules of other runtimes unused
// for otherRuntimeAge, records older than trimAge or whose binary is gone,
// lock files older than trimAge, and the build directories of interrupted
// builds.
func (c *Cache) maybeTrim() {
	stamp := filepath.Join(c.Dir, "trim.stamp")
	if info, err := os.Stat(stamp); err == nil && time.Since(info.ModTime()) < time.Hour {
		return
	}
	os.WriteFile(stamp, nil, 0o644)
	now := time.Now()
	c.pruneBinaries(binDirName(), trimAge, otherRuntimeAge, now)
	for _, sub := range []string{"src", "lock"} {
		entries, _ := os.ReadDir(filepath.Join(c.Dir, sub))
		for _, e := range entries {
			path := filepath.Join(c.Dir, sub, e.Name())
			if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > trimAge {
				if sub == "lock" {
					// Taking a lock does not change its file's time.
					removeUnusedLock(path)
				} else {
					os.Remove(path)
				}
			} else if sub == "src" && !strings.HasPrefix(e.Name(), ".") {
				c.removeDanglingRecord(path)
			}
		}
	}
	c.pruneModules(moduleName(), otherRuntimeAge, now)
}

// removeDanglingRecord removes the record at path when its binary is gone.
// Without the record, the next build of its file translates it again, as
// it would with the record; one written anew meanwhile may be removed too,
// which costs the same.
func (c *Cache) removeDanglingRecord(path string) {
	b, err := os.ReadFile(path)
	if err == nil && !exists(filepath.Join(c.Dir, string(bytes.TrimSpace(b)))) {
		os.Remove(path)
	}
}

// pruneBinaries removes the binaries unused for age in the directory
// current (bin-RTHASH of the embedded runtime), and those unused for
// otherAge in the directories bin-RTHASH of other runtimes and in bin/,
// where pyasync2go versions before bin-RTHASH kept theirs.
//
// A directory bin-RTHASH is pruned holding its lock, which install holds
// while it moves a new binary in, and a directory of another runtime left
// empty is removed. A binary is used without a lock (see BuildSource), so
// one is removed only when its time says it was unused for the whole age.
func (c *Cache) pruneBinaries(current string, age, otherAge time.Duration, now time.Time) {
	if os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755) != nil {
		return
	}
	entries, _ := os.ReadDir(c.Dir)
	for _, e := range entries {
		name := e.Name()
		dir := filepath.Join(c.Dir, name)
		switch {
		case !e.IsDir():
		case name == "bin":
			// Older versions take no lock for it.
			removeUnused(dir, otherAge, now)
		case name == current:
			c.withLock(name, func() { removeUnused(dir, age, now) })
		case strings.HasPrefix(name, "bin-"):
			c.withLock(name, func() {
				if removeUnused(dir, otherAge, now) == 0 {
					os.Remove(dir)
				}
			})
		}
	}
}

// removeUnused removes the files in dir last modified more than age
// before now, and returns how many entries dir has left.
func removeUnused(dir string, age time.Duration, now time.Time) (left int) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, err := e.Info()
		if err == nil && info.Mode().IsRegular() && now.Sub(info.ModTime()) > age &&
			os.Remove(filepath.Join(dir, e.Name())) == nil {
			continue
		}
		left++
	}
	return left
}

// pruneModules removes the build modules other than current whose use
// stamp is older than maxAge and in which no build runs, and in every
// module the build directories p/KEY of builds that no longer run.
func (c *Cache) pruneModules(current string, maxAge time.Duration, now time.Time) {
	if os.MkdirAll(filepath.Join(c.Dir, "lock"), 0o755) != nil {
		return
	}
	entries, _ := os.ReadDir(c.Dir)
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, "mod-") {
			continue
		}
		mod := filepath.Join(c.Dir, name)
		if base, ok := strings.CutSuffix(name, ".tmp"); ok {
			// Being written under the lock of base, or left by a crash.
			c.withLock(base, func() { os.RemoveAll(mod) })
			continue
		}
		inUse := c.pruneBuildDirs(mod)
		if name == current || inUse || !unusedFor(mod, maxAge, now) {
			continue
		}
		c.withLock(name, func() {
			// Checked again: a build may have started meanwhile.
			if c.pruneBuildDirs(mod) || !unusedFor(mod, maxAge, time.Now()) {
				return
			}
			// Renamed first so that no half-removed module is left with
			// its go.mod; buildDir writes new modules in mod.tmp too.
			os.RemoveAll(mod + ".tmp")
			if os.Rename(mod, mod+".tmp") == nil {
				os.RemoveAll(mod + ".tmp")
			}
		})
	}
}

// withLock runs f holding the lock file lock/name, unless another holder
// has it.
func (c *Cache) withLock(name string, f func()) {
	unlock, ok, err := tryLockFile(filepath.Join(c.Dir, "lock", name))
	if err != nil || !ok {
		return
	}
	defer unlock()
	f()
}

// pruneBuildDirs removes the directories p/KEY in mod of builds that no
// longer run, and reports whether a build runs in mod. A build holds the
// lock of its KEY from before it makes p/KEY until after it removes it.
func (c *Cache) pruneBuildDirs(mod string) (inUse bool) {
	p := filepath.Join(mod, "p")
	entries, _ := os.ReadDir(p)
	for _, e := range entries {
		removed := false
		c.withLock(e.Name(), func() {
			os.RemoveAll(filepath.Join(p, e.Name()))
			removed = true
		})
		inUse = inUse || !removed
	}
	return inUse
}

// unusedFor reports whether the build module mod was last used more than
// age before now, by its use stamp or, in a module made without one, by
// its directory's modification time.
func unusedFor(mod string, age time.Duration, now time.Time) bool {
	info, err := os.Stat(filepath.Join(mod, useStamp))
	if err != nil {
		if info, err = os.Stat(mod); err != nil {
			return false
		}
	}
	return now.Sub(info.ModTime()) > age
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func touch(path string) {
	now := time.Now()
	os.Chtimes(path, now, now)
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so readers never see a partial file.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// WriteFileIfChanged writes data to path unless path already holds
// exactly data, so that tools watching modification times (go generate,
// make, editors) see no change. It reports whether it wrote.
func WriteFileIfChanged(path string, data []byte) (bool, error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return false, nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	return true, writeFileAtomic(path, data)
}

var (
	exeOnce sync.Once
	exeID   string
)

// executableID identifies the running pyasync2go binary by path, size and
// modification time, so a rebuilt translator never reuses stale output.
func executableID() string {
	exeOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			exeID = fmt.Sprint(time.Now().UnixNano()) // no reuse across processes
			return
		}
		exeID = fileID(exe)
	})
	return exeID
}

func fileID(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return path
	}
	return fmt.Sprintf("%s %d %d", path, info.Size(), info.ModTime().UnixNano())
}

func lookPath(cmd string) string {
	if p, err := exec.LookPath(cmd); err == nil {
		return p
	}
	return cmd
}
