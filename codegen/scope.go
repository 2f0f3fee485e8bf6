package codegen

import (
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// A decl says where a local variable is declared in Go: before statement
// Index of the block whose first statement is Block, either by its first
// assignment (Direct: "x := v") or by "var x T" before that statement.
type decl struct {
	Block *ast.Stmt
	Index int
	// Direct is set when statement Index assigns the variable first and can
	// declare it; Index is -1 for a loop variable or an "except ... as"
	// name declared by its for statement or handler.
	Direct bool
	// Stmt is statement Index of the block (nil for Index -1).
	Stmt ast.Stmt
}

type step struct {
	block *ast.Stmt
	index int
}

// placeDecls finds, for every local variable of a function body, the
// innermost Go block that contains all its uses, and the first statement
// there that touches it.
func placeDecls(info *check.Info, fn *check.Func, body []ast.Stmt) map[*check.Var]decl {
	occ := map[*check.Var][][]step{}
	blocks := map[*ast.Stmt][]ast.Stmt{}
	var walk func(body []ast.Stmt, path []step)
	note := func(e ast.Expr, path []step, s ast.Stmt) {
		inspect(e, func(x ast.Expr) {
			n, ok := x.(*ast.Name)
			if !ok {
				return
			}
			v := info.Uses[n]
			if v == nil || v.Func != fn || (v.Kind != check.Local && v.Kind != check.Global) {
				return
			}
			if v.Kind == check.Global && v.UsedInFunc {
				return
			}
			p := append([]step(nil), path...)
			occ[v] = append(occ[v], p)
		})
	}
	walk = func(body []ast.Stmt, path []step) {
		if len(body) == 0 {
			return
		}
		key := &body[0]
		blocks[key] = body
		for i, s := range body {
			here := append(path[:len(path):len(path)], step{key, i})
			sub := func(b []ast.Stmt) {
				if len(b) > 0 {
					walk(b, here)
				}
			}
			if d, ok := s.(*ast.FunctionDef); ok {
				// A nested def uses the variables it captures where it is defined.
				if nf := info.Funcs[d]; nf != nil {
					for _, v := range allCaptures(info, nf) {
						if v.Func == fn && v.Kind == check.Local {
							occ[v] = append(occ[v], append([]step(nil), here...))
						}
					}
				}
				continue
			}
			if f, ok := s.(*ast.For); ok {
				note(f.Iter, here, s)
				if capturesTarget(info, fn, f.Target) {
					// Functions made in the loop see one variable, as in
					// Python, not one per iteration: declare it before.
					note(f.Target, here, s)
				} else if len(f.Body) > 0 {
					note(f.Target, append(here[:len(here):len(here)], step{&f.Body[0], -1}), s)
				} else {
					note(f.Target, here, s)
				}
			} else {
				for _, e := range stmtExprs(s) {
					note(e, here, s)
				}
			}
			switch s := s.(type) {
			case *ast.If:
				sub(s.Body)
				sub(s.OrElse)
			case *ast.While:
				sub(s.Body)
				sub(s.OrElse)
			case *ast.For:
				sub(s.Body)
				sub(s.OrElse)
			case *ast.With:
				sub(s.Body)
			case *ast.Try:
				sub(s.Body)
				for _, h := range s.Handlers {
					if h.Name != "" && len(h.Body) > 0 {
						if v := info.HandlerVars[h]; v != nil {
							p := append(here[:len(here):len(here)], step{&h.Body[0], -1})
							occ[v] = append(occ[v], p)
						}
					}
					sub(h.Body)
				}
				sub(s.OrElse)
				sub(s.FinalBody)
			}
		}
	}
	walk(body, nil)
	out := map[*check.Var]decl{}
	for v, paths := range occ {
		if info.Carried[v] {
			// A read may see the value of an earlier iteration, or none:
			// the variable lives in the function's block.
			var top [][]step
			for _, p := range paths {
				top = append(top, p[:1])
			}
			paths = top
		}
		lca := paths[0]
		for _, p := range paths[1:] {
			n := 0
			for n < len(lca) && n < len(p) && lca[n].block == p[n].block {
				n++
			}
			lca = lca[:n]
		}
		if len(lca) == 0 {
			// Uses in different top-level blocks cannot happen for one body;
			// fall back to the function body.
			out[v] = decl{Block: &body[0], Index: 0}
			continue
		}
		level := len(lca) - 1
		min := lca[level].index
		for _, p := range paths {
			if p[level].index < min {
				min = p[level].index
			}
		}
		blk := lca[level].block
		d := decl{Block: blk, Index: min}
		if min == -1 {
			d.Direct = true
		} else {
			s := blocks[blk][min]
			d.Stmt = s
			d.Direct = assignsFirst(info, v, s, paths, level, min)
		}
		out[v] = d
	}
	return out
}

// assignsFirst reports whether statement s is a plain assignment to v that
// can declare it: "v = value" or "v: T = value" or "async with ... as v",
// with no other use of v in that statement.
func assignsFirst(info *check.Info, v *check.Var, s ast.Stmt, paths [][]step, level, idx int) bool {
	count := 0
	for _, p := range paths {
		if p[level].index == idx && len(p) == level+1 {
			count++
		}
	}
	isV := func(e ast.Expr) bool {
		n, ok := e.(*ast.Name)
		return ok && info.Uses[n] == v
	}
	switch s := s.(type) {
	case *ast.Assign:
		return len(s.Targets) == 1 && isV(s.Targets[0]) && count == 1
	case *ast.AnnAssign:
		return s.Value != nil && isV(s.Target) && count == 1
	case *ast.With:
		return len(s.Items) == 1 && s.Items[0].OptionalVars != nil && isV(s.Items[0].OptionalVars) && count == 1
	}
	return false
}

// allCaptures lists the variables fn and the functions nested in it
// capture.
func allCaptures(info *check.Info, fn *check.Func) []*check.Var {
	out := append([]*check.Var(nil), fn.Captures...)
	for _, f := range info.FuncSeq {
		for p := f.Parent; p != nil; p = p.Parent {
			if p == fn {
				out = append(out, f.Captures...)
				break
			}
		}
	}
	return out
}
