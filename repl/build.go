package repl

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pyasync2go/pyasync2go"
	"github.com/pyasync2go/pyasync2go/driver"
)

// hostSource is the session's process: it runs the event loop and loads
// the plugin of each input (see rt.REPLServe for the protocol on file
// descriptors 3 and 4).
const hostSource = `// The process of an interactive pyasync2go session.
package main

import (
	"fmt"
	"os"
	"plugin"

	"github.com/pyasync2go/pyasync2go/rt"
)

func main() {
	os.Exit(rt.REPLServe(os.NewFile(3, "commands"), os.NewFile(4, "replies"), load))
}

// load opens the plugin of one input.
func load(path string) (func() error, bool, error) {
	p, err := plugin.Open(path)
	if err != nil {
		return nil, false, err
	}
	run, err := p.Lookup("Run")
	if err != nil {
		return nil, false, err
	}
	async, err := p.Lookup("Async")
	if err != nil {
		return nil, false, err
	}
	fn, ok := run.(func() error)
	isAsync, ok2 := async.(*bool)
	if !ok || !ok2 {
		return nil, false, fmt.Errorf("%s: not an input of this session", path)
	}
	return fn, *isAsync, nil
}
`

// builder compiles the inputs of a session into Go plugins, in a work
// directory of the build module, and the host process that loads them.
// Plugins need cgo, so every build here has it on.
type builder struct {
	wd  *driver.Workdir
	imp types.Importer // the export data of rt and the packages it imports
}

func newBuilder(ctx context.Context, cache *driver.Cache) (*builder, error) {
	wd, err := cache.NewWorkdir(fmt.Sprintf("repl-%d", os.Getpid()))
	if err != nil {
		return nil, err
	}
	b := &builder{wd: wd}
	if err := b.exportData(ctx); err != nil {
		wd.Close()
		return nil, err
	}
	return b, nil
}

func (b *builder) close() error { return b.wd.Close() }

// run runs the go command in the work directory and returns its error
// with its output.
func (b *builder) run(ctx context.Context, args ...string) ([]byte, error) {
	cmd := b.wd.Go(ctx, true, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("go %s: %v\n%s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// exportData lists where the go command keeps the compiled export data
// of rt and its dependencies, through which the linker type-checks the
// generated packages.
func (b *builder) exportData(ctx context.Context) error {
	out, err := b.run(ctx, "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}", pyasync2go.ModulePath+"/rt")
	if err != nil {
		return err
	}
	files := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if path, file, ok := strings.Cut(sc.Text(), "\t"); ok && file != "" {
			files[path] = file
		}
	}
	b.imp = importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
		file, ok := files[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	return nil
}

// host builds the session's process and returns its path.
func (b *builder) host(ctx context.Context) (string, error) {
	dir := filepath.Join(b.wd.Dir, "host")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(hostSource), 0o644); err != nil {
		return "", err
	}
	bin := filepath.Join(b.wd.Dir, "host.bin")
	_, err := b.run(ctx, "build", "-trimpath", "-o", bin, "./host")
	return bin, err
}

// plugin writes the package pkg of an input and builds its plugin. The
// package itself is an ordinary one, which later inputs import; the
// plugin is a main package beside it that hands its Run and Async over.
// Without DWARF (-w) the link is quicker; tracebacks read the program
// counter tables, which stay.
func (b *builder) plugin(ctx context.Context, pkg string, src []byte) (string, error) {
	dir := filepath.Join(b.wd.Dir, pkg)
	if err := os.MkdirAll(filepath.Join(dir, "plugin"), 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, pkg+".go"), src, 0o644); err != nil {
		return "", err
	}
	main := fmt.Sprintf("// The plugin of input %[1]s.\npackage main\n\nimport %[1]s %[2]q\n\n// Async tells whether Run awaits.\nvar Async = %[1]s.Async\n\n// Run runs the input.\nfunc Run() error { return %[1]s.Run() }\n",
		pkg, b.wd.ImportPath+"/"+pkg)
	if err := os.WriteFile(filepath.Join(dir, "plugin", "main.go"), []byte(main), 0o644); err != nil {
		return "", err
	}
	so := filepath.Join(b.wd.Dir, pkg+".so")
	_, err := b.run(ctx, "build", "-buildmode=plugin", "-trimpath", "-ldflags=-w", "-o", so, "./"+pkg+"/plugin")
	return so, err
}
