package check

import (
	"sort"

	"github.com/pyasync2go/pyasync2go/ast"
)

// declareModule creates the module function, the module-level names and a
// Func for every def, with its parameters and locals.
func (c *checker) declareModule(mod *ast.Module) {
	m := &Func{Name: "<module>", Locals: map[string]*Var{}, MayRaise: true, Result: tNone}
	c.info.Module = m
	if !c.opts.REPL {
		// (An interactive session redefines functions its own way.)
		mod.Body = dropRedefinedTop(mod.Body)
		c.redefinitions(mod.Body)
	}
	for _, s := range mod.Body {
		c.declareTop(m, s)
	}
	walkStmts(mod.Body, func(s ast.Stmt) {
		if _, ok := s.(*ast.FunctionDef); ok {
			return
		}
		c.declareAssigned(m, s, Global)
	})
	for _, f := range append([]*Func(nil), c.info.FuncSeq...) {
		c.declareFunc(f)
	}
}

// declareTop binds defs and classes at module level (also inside if/try).
func (c *checker) declareTop(m *Func, s ast.Stmt) {
	walkTop([]ast.Stmt{s}, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.FunctionDef:
			f := &Func{Name: s.Name, Def: s, Async: s.IsAsync, Locals: map[string]*Var{}, globals: map[string]bool{}}
			c.info.Funcs[s] = f
			c.info.FuncSeq = append(c.info.FuncSeq, f)
			m.Locals[s.Name] = &Var{Name: s.Name, Kind: FuncVar, Type: &Type{Kind: Callable, Fn: f}, Func: m, Pos: s.Pos}
		case *ast.ClassDef:
			ci := &ClassInfo{Name: s.Name, Def: s}
			c.info.Classes[s] = ci
			m.Locals[s.Name] = &Var{Name: s.Name, Kind: ClassVar, Type: &Type{Kind: Class, Class: ci}, Func: m, Pos: s.Pos}
			if isPlainClass(s) {
				ci.Plain = true
				c.declareClass(ci)
			} else if base := plainBase(m, s); base != nil {
				ci.Plain = true
				ci.Parent = base
				base.Subs = append(base.Subs, ci)
				c.declareClass(ci)
			} else if hasDefs(s) {
				ci.ExcStruct = true
				c.declareClass(ci)
			}
		}
	})
}

func (c *checker) declareFunc(f *Func) {
	a := f.Def.Args
	if f.Lambda == nil {
		stmt, value := hasYield(f.Def.Body)
		f.Generator, f.yieldValue = stmt || value, value
	}
	defer func() {
		if f.Class != nil && !f.Static && len(f.Params) > 0 {
			f.Params[0].Type = f.Class.InstanceType()
			if f.ClassMethod {
				f.Params[0].Type = &Type{Kind: Class, Class: f.Class}
			}
		}
	}()
	for i, arg := range append(append([]*ast.Arg{}, a.PosOnlyArgs...), a.Args...) {
		v := &Var{Name: arg.Name, Kind: Param, Type: tUnknown, Func: f, Pos: arg.Pos}
		if d := len(a.PosOnlyArgs) + len(a.Args) - len(a.Defaults); i >= d {
			v.Default = a.Defaults[i-d]
		}
		if arg.Annotation != nil {
			v.Type = annotationType(arg.Annotation)
		}
		f.Params = append(f.Params, v)
		f.Locals[arg.Name] = v
	}
	for i, arg := range a.KwOnlyArgs {
		v := &Var{Name: arg.Name, Kind: Param, Type: tUnknown, Func: f, Pos: arg.Pos, Default: a.KwDefaults[i]}
		if arg.Annotation != nil {
			v.Type = annotationType(arg.Annotation)
		}
		f.Params = append(f.Params, v)
		f.Locals[arg.Name] = v
	}
	if a.Vararg != nil {
		f.VarArg = &Var{Name: a.Vararg.Name, Kind: Param, Type: &Type{Kind: TupleOf, Elem: tUnknown}, Func: f, Pos: a.Vararg.Pos}
		f.Locals[a.Vararg.Name] = f.VarArg
	}
	if a.Kwarg != nil {
		f.KwArg = &Var{Name: a.Kwarg.Name, Kind: Param, Type: dictOf(tStr, tUnknown), Func: f, Pos: a.Kwarg.Pos}
		f.Locals[a.Kwarg.Name] = f.KwArg
	}
	f.nonlocals = map[string]bool{}
	walkStmts(f.Def.Body, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.Global:
			for _, n := range s.Names {
				f.globals[n] = true
			}
		case *ast.Nonlocal:
			for _, n := range s.Names {
				f.nonlocals[n] = true
			}
		}
	})
	walkStmts(f.Def.Body, func(s ast.Stmt) {
		if d, ok := s.(*ast.FunctionDef); ok {
			c.declareNested(f, d)
			return
		}
		c.declareAssigned(f, s, Local)
	})
}

// declareNested binds a def inside a function body as a local of it.
func (c *checker) declareNested(parent *Func, d *ast.FunctionDef) {
	f := &Func{Name: d.Name, Def: d, Async: d.IsAsync, Locals: map[string]*Var{}, globals: map[string]bool{}, Parent: parent}
	c.info.Funcs[d] = f
	c.info.FuncSeq = append(c.info.FuncSeq, f)
	if parent.Locals[d.Name] == nil {
		parent.Locals[d.Name] = &Var{Name: d.Name, Kind: FuncVar, Type: &Type{Kind: Callable, Fn: f}, Func: parent, Pos: d.Pos}
	}
	c.declareFunc(f)
}

// QualName is the function's __qualname__: "outer.<locals>.inner".
func (f *Func) QualName() string {
	name := f.Name
	if f.Lambda != nil {
		name = "<lambda>"
	}
	if f.Class != nil {
		return f.Class.Name + "." + name
	}
	if f.Parent != nil && !f.Parent.IsModule() {
		return f.Parent.QualName() + ".<locals>." + name
	}
	return name
}

// declareAssigned binds the names a statement assigns.
func (c *checker) declareAssigned(f *Func, s ast.Stmt, kind VarKind) {
	bind := func(name string, pos ast.Pos) {
		if f.nonlocals[name] {
			return
		}
		if f.globals[name] {
			m := c.info.Module
			if m.Locals[name] == nil {
				m.Locals[name] = &Var{Name: name, Kind: Global, Type: tUnknown, Func: m, Pos: pos}
			}
			return
		}
		if f.Locals[name] == nil {
			f.Locals[name] = &Var{Name: name, Kind: kind, Type: tUnknown, Func: f, Pos: pos}
		}
	}
	eachTarget(s, func(n *ast.Name) { bind(n.ID, n.Pos) })
	switch s := s.(type) {
	case *ast.Try:
		for _, h := range s.Handlers {
			if h.Name != "" {
				bind(h.Name, h.Pos)
			}
		}
	case *ast.Import, *ast.ImportFrom:
		c.declareImport(f, s)
	}
	// An assignment expression binds its name in the function, also
	// inside a comprehension (not inside a lambda).
	for _, e := range stmtExprs(s) {
		inspectExpr(e, func(x ast.Expr) bool {
			switch x := x.(type) {
			case *ast.Lambda:
				return false
			case *ast.NamedExpr:
				bind(x.Target.ID, x.Target.Pos)
			}
			return true
		})
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// annotationType reads a parameter or variable annotation.
func annotationType(e ast.Expr) *Type {
	switch e := e.(type) {
	case *ast.Name:
		switch e.ID {
		case "int":
			return tInt
		case "float":
			return tFloat
		case "str":
			return tStr
		case "bool":
			return tBool
		}
	case *ast.Constant:
		if e.Kind == ast.ConstNone {
			return tNone
		}
	case *ast.Subscript:
		if n, ok := e.Value.(*ast.Name); ok && n.ID == "list" {
			return listOf(annotationType(e.Slice))
		}
	}
	return tUnknown
}

// walkTop visits module-level statements, including those nested in
// if/try at module level, where a def or class is still a module-level
// definition.
func walkTop(body []ast.Stmt, fn func(ast.Stmt)) {
	for _, s := range body {
		fn(s)
		switch s := s.(type) {
		case *ast.If:
			walkTop(s.Body, fn)
			walkTop(s.OrElse, fn)
		case *ast.Try:
			walkTop(s.Body, fn)
			for _, h := range s.Handlers {
				walkTop(h.Body, fn)
			}
			walkTop(s.OrElse, fn)
			walkTop(s.FinalBody, fn)
		}
	}
}

// isPlainClass reports whether a class statement has no base (or object):
// it becomes a Go struct.
func isPlainClass(s *ast.ClassDef) bool {
	if len(s.Bases) == 0 {
		return true
	}
	n, ok := s.Bases[0].(*ast.Name)
	return ok && len(s.Bases) == 1 && n.ID == "object"
}

// plainBase returns the plain class a class statement derives from, or
// nil when its base is not a single plain class defined before it.
func plainBase(m *Func, s *ast.ClassDef) *ClassInfo {
	if len(s.Bases) != 1 {
		return nil
	}
	n, ok := s.Bases[0].(*ast.Name)
	if !ok {
		return nil
	}
	v := m.Locals[n.ID]
	if v == nil || v.Kind != ClassVar || v.Pos.Line >= s.Pos.Line || !v.Type.Class.Plain {
		return nil
	}
	return v.Type.Class
}

// declareClass makes a Func for each method and a field for each
// class-level annotated name (dataclass fields).
func (c *checker) declareClass(ci *ClassInfo) {
	ci.Methods = map[string]*Func{}
	for _, d := range ci.Def.DecoratorList {
		if isDataclass(d) {
			ci.Dataclass = true
			ci.Order, ci.Frozen = dataclassOption(d, "order"), dataclassOption(d, "frozen")
		}
	}
	ci.Def.Body = dropRedefined(ci.Def.Body)
	for _, st := range ci.Def.Body {
		switch st := st.(type) {
		case *ast.FunctionDef:
			f := &Func{Name: st.Name, Def: st, Async: st.IsAsync, Locals: map[string]*Var{}, globals: map[string]bool{}, Class: ci}
			for _, d := range st.DecoratorList {
				f.Static = f.Static || isName(d, "staticmethod")
				f.Property = f.Property || isName(d, "property")
				f.ClassMethod = f.ClassMethod || isName(d, "classmethod")
			}
			f.Setter = isSetter(st)
			c.info.Funcs[st] = f
			c.info.FuncSeq = append(c.info.FuncSeq, f)
			if f.Setter {
				if ci.Setters == nil {
					ci.Setters = map[string]*Func{}
				}
				ci.Setters[st.Name] = f
				continue
			}
			ci.Methods[st.Name] = f
			if st.Name == "__init__" {
				ci.Init = f
			}
		case *ast.Assign:
			if n, ok := st.Targets[0].(*ast.Name); ok && len(st.Targets) == 1 && !ci.Dataclass && ci.ownAttr(n.ID) == nil {
				ci.Attrs = append(ci.Attrs, &Var{Name: n.ID, Kind: ClassAttr, Type: c.pinned(ci.Name + "." + n.ID), Pos: n.Pos, Default: st.Value, Class: ci})
			}
		case *ast.AnnAssign:
			if n, ok := st.Target.(*ast.Name); ok {
				v := &Var{Name: n.ID, Kind: Field, Type: annotationType(st.Annotation), Pos: n.Pos, Default: fieldDefault(st.Value)}
				ci.Fields = append(ci.Fields, v)
			}
		}
	}
}

// dropRedefined leaves out of a class body the methods a later def of
// the same name replaces, as the class statement does when it runs (a
// property's @name.setter is not a replacement).
func dropRedefined(body []ast.Stmt) []ast.Stmt {
	last := map[string]int{}
	for i, st := range body {
		if d, ok := st.(*ast.FunctionDef); ok && !isSetter(d) {
			last[d.Name] = i
		}
	}
	out := body[:0:0]
	for i, st := range body {
		if d, ok := st.(*ast.FunctionDef); ok && !isSetter(d) && last[d.Name] != i {
			continue
		}
		out = append(out, st)
	}
	if len(out) == len(body) {
		return body
	}
	return out
}

func isSetter(d *ast.FunctionDef) bool {
	for _, dec := range d.DecoratorList {
		if isAttr(dec, d.Name, "setter") {
			return true
		}
	}
	return false
}

// dropRedefinedTop leaves out of the module's statements a def or class
// that a later one of the same name replaces before any other statement
// runs (only defs, classes and imports stand between them): nothing can
// have used it.
func dropRedefinedTop(body []ast.Stmt) []ast.Stmt {
	drop := map[int]bool{}
	for i, st := range body {
		name := defName(st)
		if name == "" || decorated(st) {
			continue // a decorator may have kept it somewhere
		}
		for j := i + 1; j < len(body); j++ {
			if defName(body[j]) == name && !decorated(body[j]) {
				drop[i] = true
				break
			}
			switch body[j].(type) {
			case *ast.FunctionDef, *ast.Import, *ast.ImportFrom:
				continue
			}
			break
		}
	}
	if len(drop) == 0 {
		return body
	}
	var out []ast.Stmt
	for i, st := range body {
		if !drop[i] {
			out = append(out, st)
		}
	}
	return out
}

// redefinitions reports the defs and classes of the module that bind a
// name another def or class statement binds too.
func (c *checker) redefinitions(body []ast.Stmt) {
	seen := map[string]bool{}
	walkTop(body, func(s ast.Stmt) {
		name := defName(s)
		if name == "" {
			return
		}
		if seen[name] {
			// reported now: the rounds that follow report only in their last
			c.errs.Add(c.file, s.Position(), "unsupported: '%s' defined again (a second def or class statement of one name)", name)
		}
		seen[name] = true
	})
}

// defName is the name a def or class statement binds, or "".
func defName(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.FunctionDef:
		return s.Name
	case *ast.ClassDef:
		return s.Name
	}
	return ""
}

func decorated(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.FunctionDef:
		return len(s.DecoratorList) > 0
	case *ast.ClassDef:
		return len(s.DecoratorList) > 0
	}
	return false
}

// hasDefs reports whether a class body defines methods.
func hasDefs(s *ast.ClassDef) bool {
	for _, st := range s.Body {
		if _, ok := st.(*ast.FunctionDef); ok {
			return true
		}
	}
	return false
}

func isName(e ast.Expr, name string) bool {
	n, ok := e.(*ast.Name)
	return ok && n.ID == name
}

func isAttr(e ast.Expr, mod, name string) bool {
	a, ok := e.(*ast.Attribute)
	return ok && a.Attr == name && isName(a.Value, mod)
}
