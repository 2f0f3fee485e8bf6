package repl

import (
	"errors"
	"reflect"
	"sort"
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/grammar"
)

// Console is the file name of every input, as CPython's interactive
// console names it in tracebacks.
const Console = "<console>"

// prelude is what the session has before the first input: CPython's
// asyncio REPL starts with asyncio imported.
const prelude = "import asyncio\n"

// translator turns the inputs of a session into Go packages: each input
// is checked together with all the accepted inputs before it, so that
// types are inferred across them.
//
// The inputs are numbered apart in the module: the lines of an input
// follow those of the input before it, so that a diagnostic tells which
// input it is about, and Python's line numbers (each input from 1) come
// back through lineOf.
type translator struct {
	inputs []*ast.Module // the prelude and the accepted inputs, in order
	srcs   []string      // their sources
	bases  []int         // the module line before the first line of each
	next   int           // the module line before the next input's first
	// pins are the types the accepted inputs gave to module-level names
	// and class attributes (see check.Options.Pins).
	pins map[string]*check.Type
	// pending are the def and class statements of accepted inputs that
	// were left out (nothing called them yet).
	pending map[ast.Stmt]bool
}

func newTranslator() *translator {
	mod, err := grammar.Parse(Console, []byte(prelude))
	if err != nil {
		panic(err)
	}
	return &translator{inputs: []*ast.Module{mod}, srcs: []string{prelude}, bases: []int{0}, next: strings.Count(prelude, "\n"),
		pins: map[string]*check.Type{}, pending: map[ast.Stmt]bool{}}
}

// translation is one input translated.
type translation struct {
	mod  *ast.Module // the input
	src0 string      // its Python source
	// diagnose gives the diagnostics of err their inputs' line numbers.
	diagnose func(error) error
	all      *ast.Module // the session's module with the input
	info     *check.Info
	src      []byte // the Go package, before linking
}

// translate checks src, the next input, with the accepted ones and
// writes the Go package pkg for it.
func (t *translator) translate(pkg string, src []byte) (_ *translation, err error) {
	in, err := grammar.Parse(Console, src)
	if err != nil {
		return nil, err
	}
	shiftLines(reflect.ValueOf(in), t.next)
	bases := append(t.bases, t.next)
	srcs := append(t.srcs, string(src))
	defer func() { err = inputDiagnostics(err, bases, srcs) }()
	all := &ast.Module{Filename: Console}
	for _, m := range t.inputs {
		all.Body = append(all.Body, m.Body...)
	}
	newFrom := len(all.Body)
	all.Body = append(all.Body, in.Body...)
	info, err := check.CheckWith(all, check.Options{REPL: true, Pins: t.pins})
	if err != nil {
		return nil, err
	}
	var define []ast.Stmt
	for _, st := range all.Body[:newFrom] {
		if t.pending[st] && !isPending(info, st) {
			define = append(define, st)
		}
	}
	out, err := codegen.Generate(all, info, codegen.Options{
		Source:         Console,
		LineDirectives: true,
		Package:        pkg,
		Session:        &codegen.Session{NewFrom: newFrom, Define: define, Line: func(l int) int { return l - bases[inputOf(bases, l)] }},
	})
	if err != nil {
		return nil, err
	}
	return &translation{mod: in, info: info, src: out, all: all, src0: string(src),
		diagnose: func(err error) error { return inputDiagnostics(err, bases, srcs) }}, nil
}

func isDef(st ast.Stmt) bool {
	switch st.(type) {
	case *ast.FunctionDef, *ast.ClassDef:
		return true
	}
	return false
}

func inBody(mod *ast.Module, st ast.Stmt) bool {
	for _, s := range mod.Body {
		if s == st {
			return true
		}
	}
	return false
}

// isPending reports whether st is a def or class statement left out of
// the package (check's Pending).
func isPending(info *check.Info, st ast.Stmt) bool {
	switch st := st.(type) {
	case *ast.FunctionDef:
		return info.Funcs[st] != nil && info.Funcs[st].Pending
	case *ast.ClassDef:
		return info.Classes[st] != nil && info.Classes[st].Pending
	}
	return false
}

// runs reports whether the input does anything when it runs besides
// defining: statements other than def and class statements (without
// decorators), imports and pass. An input that only defines needs no
// package of its own.
func (tr *translation) runs() bool {
	for _, st := range tr.mod.Body {
		switch st := st.(type) {
		case *ast.FunctionDef:
			if len(st.DecoratorList) > 0 {
				return true
			}
		case *ast.ClassDef:
			if len(st.DecoratorList) > 0 {
				return true
			}
		case *ast.Import, *ast.ImportFrom, *ast.Pass:
		default:
			return true
		}
	}
	return false
}

// accept makes tr part of the session: later inputs are checked with it,
// and the types it settled are pinned. ran tells whether its package was
// run: an input that only defines is accepted without, and its def and
// class statements stay to be written when an input runs.
func (t *translator) accept(tr *translation, ran bool) {
	t.inputs = append(t.inputs, tr.mod)
	t.srcs = append(t.srcs, tr.src0)
	t.bases = append(t.bases, t.next)
	t.next += strings.Count(tr.src0, "\n") + 1
	old := t.pending
	t.pending = map[ast.Stmt]bool{}
	for _, st := range tr.all.Body {
		if isPending(tr.info, st) || !ran && (old[st] || isDef(st) && inBody(tr.mod, st)) {
			t.pending[st] = true
		}
	}
	if !ran {
		return
	}
	for name, v := range tr.info.Module.Locals {
		if v.Kind == check.Global && v.Type != nil && v.Type.Kind != check.Unknown {
			t.pins[name] = v.Type
		}
	}
	for _, ci := range tr.info.Classes {
		for _, f := range ci.Fields {
			if f.Type != nil && f.Type.Kind != check.Unknown {
				t.pins[ci.Name+"."+f.Name] = f.Type
			}
		}
	}
}

// inputOf returns the input of a module line, given where each input
// starts (bases, ascending).
func inputOf(bases []int, line int) int {
	i := sort.SearchInts(bases, line) - 1
	if i < 0 {
		i = 0
	}
	return i
}

// inputDiagnostics gives the diagnostics in err the line numbers and
// source lines of their inputs; one about an earlier input says which.
func inputDiagnostics(err error, bases []int, srcs []string) error {
	var l diag.List
	if !errors.As(err, &l) {
		return err
	}
	last := len(bases) - 1
	for _, d := range l {
		if d.Pos.Line <= 0 {
			continue
		}
		i := inputOf(bases, d.Pos.Line)
		d.Pos.Line -= bases[i]
		if lines := strings.Split(srcs[i], "\n"); d.Pos.Line <= len(lines) {
			d.Source = lines[d.Pos.Line-1]
		}
		if i != last {
			d.Msg += " (in an earlier input)"
		}
	}
	return l
}

// shiftLines adds delta to the line of every position in the tree v.
func shiftLines(v reflect.Value, delta int) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			shiftLines(v.Elem(), delta)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(ast.Pos{}) {
			if line := v.FieldByName("Line"); line.CanSet() && line.Int() > 0 {
				line.SetInt(line.Int() + int64(delta))
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			shiftLines(v.Field(i), delta)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			shiftLines(v.Index(i), delta)
		}
	}
}
