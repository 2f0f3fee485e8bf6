package driver

import (
	"fmt"
	"strings"
	"time"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/grammar"
)

// pipeline parses, checks and generates Go for one decoded source.
func pipeline(filename string, src []byte, opts Options) (out []byte, err error) {
	defer func() {
		// A bug in a stage is a diagnostic, never a Go stack trace.
		if r := recover(); r != nil {
			out, err = nil, diag.List{{File: filename, Pos: ast.Pos{Line: 1, Col: 1}, Msg: fmt.Sprintf("internal error (please report it with the Python file): %v", r)}}
		}
	}()
	var st Stats
	if opts.Stats != nil {
		defer func() { *opts.Stats = st }()
	}
	start := time.Now()
	mod, err := grammar.Parse(filename, src)
	st.Parse = time.Since(start)
	if err != nil {
		return nil, err
	}
	start = time.Now()
	info, err := check.Check(mod)
	st.Check = time.Since(start)
	if err != nil {
		return nil, err
	}
	st.StaticTypes, st.DynamicTypes = info.Stats.Static(), info.Stats.Dynamic()
	start = time.Now()
	cg := codegen.Options{
		Source:         filename,
		LineDirectives: !opts.NoLine,
		Package:        opts.Package,
		Stackless:      opts.Stackless,
	}
	if opts.Comments {
		cg.SourceLines = strings.Split(string(src), "\n")
	}
	out, err = codegen.Generate(mod, info, cg)
	st.Generate = time.Since(start)
	return out, err
}
