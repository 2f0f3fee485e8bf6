// Package repl is pyasync2go's interactive session, the counterpart of
// CPython's "python3 -m asyncio": top-level await works, and definitions,
// variables and running tasks persist from one input to the next.
//
// Each input is translated to a Go package, together with the inputs
// before it so that types are inferred across the session (translate.go),
// linked to the packages of the earlier inputs so that it shares their
// state (link.go), compiled as a Go plugin and loaded into one host
// process that runs the event loop all along (build.go, rt.REPLServe).
package repl

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/driver"
)

// Options configures a session.
type Options struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Cache          *driver.Cache
	// Version is pyasync2go's version, for the banner.
	Version string
}

// Banner is what a session prints to stderr first; like CPython's asyncio
// REPL, it ends by showing that asyncio is imported.
func Banner(version string) string {
	return "pyasync2go REPL " + version + ": Python 3.11 asyncio, each input translated to Go\n" +
		`Use "await" directly instead of "asyncio.run()".` + "\n" +
		">>> import asyncio\n"
}

// Run runs a session until its input ends or an input raises SystemExit,
// and returns the exit status.
func Run(ctx context.Context, opts Options) (int, error) {
	fmt.Fprint(opts.Stderr, Banner(opts.Version))
	s, err := start(ctx, opts)
	if err != nil {
		return 1, err
	}
	defer s.close()
	in := &inputReader{r: bufio.NewReader(opts.Stdin), prompt: func(ps string) { io.WriteString(opts.Stdout, ps) }}
	for {
		src, ok := in.next()
		if !ok {
			fmt.Fprint(opts.Stderr, "\nexiting asyncio REPL...\n")
			return s.exit()
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		if status, exited := s.input(ctx, src); exited {
			return status, nil
		}
	}
}

// session is a running session.
type session struct {
	opts Options
	tr   *translator
	ln   *linker
	b    *builder
	host *exec.Cmd
	cmds io.WriteCloser
	done *bufio.Reader
	n    int // packages made so far
}

func start(ctx context.Context, opts Options) (*session, error) {
	b, err := newBuilder(ctx, opts.Cache)
	if err != nil {
		return nil, err
	}
	bin, err := b.host(ctx)
	if err != nil {
		b.close()
		return nil, err
	}
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		b.close()
		return nil, err
	}
	repR, repW, err := os.Pipe()
	if err != nil {
		b.close()
		return nil, err
	}
	// The host writes to the session's stdout and stderr itself: when
	// they are files (a terminal), its output and the prompts keep their
	// order.
	host := exec.Command(bin)
	host.Stdout, host.Stderr = opts.Stdout, opts.Stderr
	host.ExtraFiles = []*os.File{cmdR, repW}
	if err := host.Start(); err != nil {
		b.close()
		return nil, err
	}
	cmdR.Close()
	repW.Close()
	s := &session{opts: opts, tr: newTranslator(), ln: newLinker(b.imp, b.wd.ImportPath), b: b,
		host: host, cmds: cmdW, done: bufio.NewReader(repR)}
	return s, nil
}

// input translates, builds and runs one input. exited reports that the
// host ended (SystemExit), with its status.
func (s *session) input(ctx context.Context, src string) (status int, exited bool) {
	pkg := "c" + strconv.Itoa(s.n)
	tr, err := s.tr.translate(pkg, []byte(src))
	if err != nil {
		s.report(err)
		return 0, false
	}
	if !tr.runs() {
		s.tr.accept(tr, false)
		return 0, false
	}
	rebinds := rebindsAtTop(tr.mod)
	ln, err := s.ln.link(pkg, tr.src, func(py string) bool { return rebinds[py] })
	if err != nil {
		s.report(err)
		return 0, false
	}
	if len(ln.conflicts) > 0 {
		for _, c := range ln.conflicts {
			pos := firstName(tr.mod, c.py)
			d := &diag.Error{File: Console, Pos: pos, Msg: fmt.Sprintf("'%s' %s", c.py, s.conflictText(c.py, tr.info))}
			s.report(tr.diagnose(diag.List{d}))
		}
		return 0, false
	}
	so, err := s.b.plugin(ctx, pkg, ln.src)
	if err != nil {
		s.report(fmt.Errorf("internal error: the Go of this input does not build (please report it):\n%v", err))
		return 0, false
	}
	s.n++
	if _, err := fmt.Fprintf(s.cmds, "load %s\n", so); err != nil {
		return s.wait(), true
	}
	line, err := s.done.ReadString('\n')
	if err != nil {
		return s.wait(), true
	}
	if strings.TrimSpace(line) == "done" {
		s.tr.accept(tr, true)
		for name, h := range ln.declared {
			s.ln.home[name] = h
		}
	} else if msg, ok := strings.CutPrefix(line, "error "); ok {
		s.report(fmt.Errorf("internal error: loading the input: %s", strings.TrimSpace(msg)))
	}
	return 0, false
}

// conflictText explains why a variable of an earlier input cannot take
// what the input gives it.
func (s *session) conflictText(py string, info *check.Info) string {
	was := s.tr.pins[py]
	now := ""
	if v := info.Module.Locals[py]; v != nil && v.Type != nil {
		now = v.Type.String()
	}
	if was == nil {
		return "would change type: this input is not run (assign it first to start it anew)"
	}
	return fmt.Sprintf("holds %s since an earlier input and would become %s: this input is not run (assign it first, as in '%s = ...', to start it anew)", was, now, py)
}

// report prints a diagnostic or an error of the session to stderr.
func (s *session) report(err error) {
	var l diag.List
	if errors.As(err, &l) {
		for i, d := range l {
			if i == diag.MaxErrors {
				fmt.Fprintln(s.opts.Stderr, "too many errors")
				break
			}
			fmt.Fprintln(s.opts.Stderr, d.Long())
		}
		return
	}
	fmt.Fprintln(s.opts.Stderr, err)
}

// exit ends the session at the end of its input.
func (s *session) exit() (int, error) {
	fmt.Fprintf(s.cmds, "exit\n")
	s.cmds.Close()
	return s.wait(), nil
}

// wait waits for the host and returns its exit status.
func (s *session) wait() int {
	err := s.host.Wait()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return 1
	}
	return 0
}

func (s *session) close() {
	s.cmds.Close()
	if s.host.ProcessState == nil {
		s.host.Process.Kill()
		s.host.Wait()
	}
	s.b.close()
}

// rebindsAtTop returns the module-level names the input assigns at its
// top level before it reads them anywhere: a variable of an earlier input
// whose type changes may start anew under such a name.
func rebindsAtTop(mod *ast.Module) map[string]bool {
	seen := map[string]bool{}
	out := map[string]bool{}
	for _, s := range mod.Body {
		a, ok := s.(*ast.Assign)
		if !ok {
			break
		}
		names := map[string]bool{}
		readNames(a.Value, names)
		for n := range names {
			seen[n] = true
		}
		for _, t := range a.Targets {
			if n, ok := t.(*ast.Name); ok && !seen[n.ID] {
				out[n.ID] = true
			}
		}
	}
	return out
}

// firstName returns the position of the first use of the name py in the
// input mod, as module lines.
func firstName(mod *ast.Module, py string) ast.Pos {
	var pos ast.Pos
	walkNames(reflect.ValueOf(mod.Body), func(n *ast.Name) {
		if n.ID == py && !pos.IsValid() {
			pos = n.Pos
		}
	})
	if !pos.IsValid() && len(mod.Body) > 0 {
		pos = mod.Body[0].Position()
	}
	return pos
}

// readNames adds the names e reads to names.
func readNames(e ast.Expr, names map[string]bool) {
	walkNames(reflect.ValueOf(e), func(n *ast.Name) { names[n.ID] = true })
}

// walkNames calls fn for every name in the tree v, in source order. It
// walks the tree by reflection, which covers every kind of node.
func walkNames(v reflect.Value, fn func(*ast.Name)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if n, ok := v.Interface().(*ast.Name); ok {
			fn(n)
			return
		}
		walkNames(v.Elem(), fn)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkNames(v.Field(i), fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkNames(v.Index(i), fn)
		}
	}
}
