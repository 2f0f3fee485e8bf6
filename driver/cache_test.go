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
	mod, err := c.module()
	if err != nil {
		t.Fatal(err)
	}
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
