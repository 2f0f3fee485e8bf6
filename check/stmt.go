package check

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

func (c *checker) stmts(body []ast.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *checker) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		if y, ok := s.Value.(*ast.Yield); ok {
			c.yieldStmt(y)
			return
		}
		c.expr(s.Value)
	case *ast.Assign:
		c.noteUnzip(s)
		t := c.expr(s.Value)
		for _, target := range s.Targets {
			c.assign(target, t, s.Value)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		t := annotationType(s.Annotation)
		if s.Value != nil {
			t = join(t, c.expr(s.Value))
		}
		c.assign(s.Target, t, s.Value)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.OrElse)
	case *ast.While:
		c.expr(s.Test)
		c.loop(s.Body)
		c.loopElse(s.OrElse)
	case *ast.For:
		c.forStmt(s)
	case *ast.Try:
		c.tryStmt(s)
	case *ast.With:
		c.withStmt(s)
	case *ast.Raise:
		c.raiseStmt(s)
	case *ast.Assert:
		c.expr(s.Test)
		if s.Msg != nil {
			c.expr(s.Msg)
		}
		c.fnRaises()
	case *ast.Break, *ast.Continue:
		if c.loopDepth == 0 {
			kw := "break"
			if _, ok := s.(*ast.Continue); ok {
				kw = "continue"
			}
			c.errorf(s.Position(), "'%s' %s", kw, map[string]string{"break": "outside loop", "continue": "not properly in loop"}[kw])
		}
	case *ast.Pass, *ast.Import, *ast.ImportFrom:
	case *ast.Global:
		if c.fn.IsModule() {
			break
		}
		for _, n := range s.Names {
			if v := c.info.Module.Locals[n]; v != nil {
				v.UsedInFunc = true
			}
		}
	case *ast.FunctionDef:
		if c.info.Funcs[s] == nil {
			c.unsupported(s.Pos, "nested-def")
			break
		}
		c.funcDef(s)
	case *ast.ClassDef:
		if c.info.Classes[s] == nil {
			c.unsupported(s.Pos, "nested-class")
			break
		}
		c.classDef(s)
	case *ast.Nonlocal:
	case *ast.Delete:
		for _, t := range s.Targets {
			c.delTarget(s, t)
		}
	default:
		c.errorf(s.Position(), "unsupported statement")
	}
}

func (c *checker) loop(body []ast.Stmt) {
	c.loops++
	c.loopDepth++
	c.stmts(body)
	c.loops--
	c.loopDepth--
}

func (c *checker) loopElse(body []ast.Stmt) {
	c.stmts(body)
}

func (c *checker) funcDef(s *ast.FunctionDef) {
	if len(s.DecoratorList) > 0 && c.info.Funcs[s].Class == nil {
		c.unsupported(s.DecoratorList[0].Position(), "decorator")
	}
	f := c.info.Funcs[s]
	c.defaults(f)
	if f.Generator && !generatorOK(f) {
		c.unsupportedYield(s.Pos)
	}
}

// defaults types the default values of f's parameters, in the scope
// where the def or lambda runs.
func (c *checker) defaults(f *Func) {
	for _, p := range f.Params {
		if p.Default == nil {
			continue
		}
		if !isConstant(p.Default) {
			if f.Class != nil {
				c.errorf(p.Default.Position(), "unsupported: a default value that is not a constant, in a method")
				continue
			}
			p.DefaultOnce = true
		}
		t := c.expr(p.Default)
		if t.Kind == Callable && t.Fn == f {
			// The default is evaluated before the def binds the name.
			c.errorf(p.Default.Position(), "name '%s' is not defined", f.Name)
			continue
		}
		c.setType(&p.Type, t)
	}
}

// Dropped reports whether parameter p of f is not a parameter in Go: its
// default is evaluated when a nested def or lambda is made and captured.
func Dropped(f *Func, p *Var) bool {
	return p.DefaultOnce && f.Parent != nil
}

func isConstant(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.UnaryOp:
		return e.Op == "-" && isConstant(e.Operand)
	}
	return false
}

func (c *checker) classDef(s *ast.ClassDef) {
	ci := c.info.Classes[s]
	for _, d := range s.DecoratorList {
		if !(ci.Dataclass && isDataclass(d)) {
			c.unsupported(d.Position(), "decorator")
			continue
		}
		c.dataclassOptions(d)
	}
	for _, k := range s.Keywords {
		if k.Arg == "metaclass" {
			c.unsupported(k.Pos, "metaclass")
		} else {
			c.unsupported(k.Pos, "class-keywords")
		}
	}
	if !c.fn.IsModule() {
		c.unsupported(s.Pos, "nested-class")
		return
	}
	if ci.Plain {
		c.plainClass(ci)
		return
	}
	if len(s.Bases) != 1 {
		c.unsupported(s.Pos, "inheritance")
		return
	}
	bt := c.expr(s.Bases[0])
	if bt.Kind != Class || !isExceptionClass(bt.Class) {
		c.unsupported(s.Pos, "inheritance")
		return
	}
	ci.Base = bt
	bt.Class.addExcSub(ci)
	for _, st := range s.Body {
		switch st := st.(type) {
		case *ast.FunctionDef:
			if !excMethodOK(st.Name) || len(st.DecoratorList) > 0 || st.IsAsync {
				c.errorf(st.Pos, "unsupported: the method %s of an exception class", st.Name)
			}
			if ci.Base.Class.ExcData() != nil {
				c.errorf(st.Pos, "unsupported: methods in a class derived from an exception class with methods")
			}
			c.funcDef(st)
			if f := c.info.Funcs[st]; st.Name != "__init__" && f != nil {
				if f.MayRaise {
					c.errorf(st.Pos, "unsupported: a %s method that can raise", st.Name)
				}
				if f.Result != nil && f.Result.Kind != Str && f.Result.Kind != Unknown {
					c.errorf(st.Pos, "%s returned non-string (type %s)", st.Name, f.Result)
				}
			}
		case *ast.Pass:
		case *ast.ExprStmt:
			if k, ok := st.Value.(*ast.Constant); ok && k.Kind == ast.ConstStr {
				continue // docstring
			}
			c.unsupported(st.Pos, "exception-class-body")
		default:
			c.unsupported(st.Position(), "exception-class-body")
		}
	}
}

func isExceptionClass(ci *ClassInfo) bool {
	for ci != nil {
		if ci.Builtin != "" {
			return true
		}
		if ci.Base == nil {
			return false
		}
		ci = ci.Base.Class
	}
	return false
}

func (c *checker) returnStmt(s *ast.Return) {
	if c.fn.IsModule() {
		c.errorf(s.Pos, "'return' outside function")
		return
	}
	if s.Value == nil {
		c.setType(&c.fn.Result, tNone)
		return
	}
	if c.fn.Generator {
		c.unsupported(s.Pos, "generator-return-value")
		c.expr(s.Value)
		return
	}
	c.setType(&c.fn.Result, c.expr(s.Value))
}

func (c *checker) raiseStmt(s *ast.Raise) {
	c.fnRaises()
	if s.Exc == nil {
		return
	}
	t := c.expr(s.Exc)
	if t.Kind != Exc && t.Kind != Class && t.Kind != Unknown {
		c.errorf(s.Exc.Position(), "exceptions must derive from BaseException")
	}
	if s.Cause != nil {
		ct := c.expr(s.Cause)
		if ct.Kind != Exc && ct.Kind != Class && ct.Kind != None && ct.Kind != Unknown {
			c.errorf(s.Cause.Position(), "exception causes must derive from BaseException")
		}
	}
}

func (c *checker) augAssign(s *ast.AugAssign) {
	if a, ok := s.Target.(*ast.Attribute); ok {
		lt := c.expr(a)
		rt := c.expr(s.Value)
		t := c.binType(c.augOp(s), lt, rt)
		c.info.Types[c.augOp(s)] = t
		c.assign(a, t, nil)
		return
	}
	if sub, ok := s.Target.(*ast.Subscript); ok {
		c.augItem(s, sub)
		return
	}
	n, ok := s.Target.(*ast.Name)
	if !ok {
		c.errorf(s.Target.Position(), "unsupported: augmented assignment to this target")
		return
	}
	v := c.lookup(n)
	if v == nil {
		return
	}
	v.Reads++
	v.Writes++
	c.info.Types[n] = v.Type
	if c.info.Unbound[n] {
		c.markRaises(n) // the read before the assignment
	}
	rt := c.expr(s.Value)
	t := c.binType(c.augOp(s), v.Type, rt)
	if t.Kind == Int && growsInLoop(s.Op) && c.loopDepth > 0 {
		// r *= i in a loop is how ints grow beyond 64 bits (factorials,
		// powers): r holds an exact dynamic int instead.
		t = tDynamic
	}
	c.info.Types[c.augOp(s)] = t
	c.setVarType(v, t)
	if t.Kind == List {
		c.sharedIfParam(n) // xs += ys and xs *= n change the caller's list
	}
}

// growsInLoop reports whether repeating "x op= y" makes an int grow
// geometrically.
func growsInLoop(op string) bool { return op == "*" || op == "<<" || op == "**" }

// augOp is the BinOp an augmented assignment computes.
func (c *checker) augOp(s *ast.AugAssign) *ast.BinOp {
	b := c.info.AugOps[s]
	if b == nil {
		b = &ast.BinOp{Pos: s.Pos, Left: s.Target, Op: s.Op, Right: s.Value}
		c.info.AugOps[s] = b
	}
	return b
}

func (c *checker) forStmt(s *ast.For) {
	if s.IsAsync && !c.fn.Async {
		c.errorf(s.Pos, "'async for' outside async function")
	}
	it := c.expr(s.Iter)
	c.assign(s.Target, c.iterElem(s.Iter, it, s.IsAsync), nil)
	c.sizeChecked(s, it)
	c.loop(s.Body)
	c.loopElse(s.OrElse)
}

func (c *checker) tryStmt(s *ast.Try) {
	c.tryDepth++
	saved := c.loops
	c.loops = 0
	c.stmts(s.Body)
	c.loops = saved
	c.tryDepth--
	for _, h := range s.Handlers {
		if h.Type != nil {
			c.exceptType(h.Type)
		}
		if h.Name == "" {
			c.stmts(h.Body)
			continue
		}
		v := c.info.HandlerVars[h]
		if v == nil {
			v = &Var{Name: h.Name, Kind: Local, Type: tUnknown, Func: c.fn, Pos: h.Pos}
			c.info.HandlerVars[h] = v
		}
		v.Reads, v.Writes, v.Dels = 0, 1, 0
		ht := tExc
		if n, ok := h.Type.(*ast.Name); ok && !s.IsStar {
			if t := c.info.Types[n]; t != nil && t.Kind == Class && t.Class.Builtin == "" && !t.Class.Plain {
				ht = t.Class.InstanceType() // a user class: its attributes are known
			} else if t != nil && t.Kind == Class && t.Class.Builtin == "SystemExit" {
				ht = &Type{Kind: Exc, Class: t.Class} // it has .code
			}
		}
		c.setVarType(v, ht)
		c.comps = append(c.comps, map[string]*Var{h.Name: v})
		c.stmts(h.Body)
		c.comps = c.comps[:len(c.comps)-1]
	}
	c.stmts(s.OrElse)
	if len(s.FinalBody) > 0 {
		c.tryDepth++
		c.stmts(s.FinalBody)
		c.tryDepth--
	}
}

func (c *checker) exceptType(e ast.Expr) {
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			c.exceptType(x)
		}
		c.info.Types[e] = &Type{Kind: Tuple}
		return
	}
	if t := c.expr(e); t.Kind != Class && t.Kind != Unknown {
		c.errorf(e.Position(), "catching classes that do not inherit from BaseException is not allowed")
	}
}

func (c *checker) withStmt(s *ast.With) {
	nestWithItems(s)
	if c.userWith(s) {
		return
	}
	if !s.IsAsync || len(s.Items) != 1 {
		c.unsupported(s.Pos, "with")
		c.stmts(s.Body)
		return
	}
	if !c.fn.Async {
		c.errorf(s.Pos, "'async with' outside async function")
	}
	it := s.Items[0]
	t := c.expr(it.ContextExpr)
	switch t.Kind {
	case TaskGroup, Timeout, Lock, Semaphore, Condition, Unknown:
	default:
		c.unsupported(s.Pos, "with")
	}
	if it.OptionalVars != nil {
		c.assign(it.OptionalVars, t, nil)
	}
	c.fnRaises()
	c.tryDepth++
	saved := c.loops
	c.loops = 0
	c.stmts(s.Body)
	c.loops = saved
	c.tryDepth--
}

// assign binds target to a value of type t.
func (c *checker) assign(target ast.Expr, t *Type, value ast.Expr) {
	switch e := target.(type) {
	case *ast.Name:
		v := c.lookup(e)
		if v == nil {
			return
		}
		if v.Kind == FuncVar || v.Kind == ClassVar || v.Kind == ModuleVar || v.Kind == Builtin {
			c.errorf(e.Pos, "unsupported: assigning to '%s', which names a %s", e.ID, kindName(v.Kind))
			return
		}
		v.Writes++
		c.noteConstBinding(e, value)
		if value != nil {
			t = c.heldType(value, t)
		}
		c.setVarType(v, t)
		c.aliasList(v, value)
		c.info.Types[e] = v.Type
	case *ast.Tuple, *ast.List:
		c.assignTuple(target, t, value)
	case *ast.Attribute:
		ot := c.expr(e.Value)
		if ot.Kind == Exc && ot.Class != nil && ot.Class.ExcData() != nil {
			ot = &Type{Kind: Instance, Class: ot.Class.ExcData()}
		}
		if ot.Kind == Class && ot.Class.Plain {
			if a := ot.Class.Attr(e.Attr); a != nil {
				c.setType(&a.Type, t)
				c.info.Types[e] = a.Type
				return
			}
		}
		if ot.Kind != Instance {
			if ot.Kind != Unknown {
				c.errorf(e.Pos, "unsupported: assigning the attribute '%s' of %s", e.Attr, ot)
			}
			return
		}
		f := ot.Class.Field(e.Attr)
		if ot.Class.Frozen {
			// FrozenInstanceError, or AttributeError for another name.
			c.markRaises(e)
			if f == nil {
				c.errorf(e.Pos, "unsupported: assigning the attribute '%s' of a frozen dataclass that has no such field", e.Attr)
			}
			return
		}
		if f == nil {
			if m := ot.Class.Method(e.Attr); m != nil && m.Property {
				c.propertySet(ot.Class, e, t)
				return
			}
			if ot.Class.Method(e.Attr) != nil {
				c.errorf(e.Pos, "unsupported: an attribute named like a method")
				return
			}
			f = &Var{Name: e.Attr, Kind: Field, Type: c.pinned(ot.Class.Name + "." + e.Attr), Pos: e.Pos, Shadows: ot.Class.Attr(e.Attr)}
			ot.Class.Fields = append(ot.Class.Fields, f)
			c.changed = true
		}
		if f.Shadows != nil {
			// The instance's own value and the class attribute it hides
			// are read through one expression: they share a type.
			c.setType(&f.Shadows.Type, t)
			t = f.Shadows.Type
		}
		if t.Kind == List && value != nil {
			// A list stored in an object is shared with whoever passed it.
			if n, ok := value.(*ast.Name); ok {
				if v := c.info.Uses[n]; v != nil && v.Kind == Param {
					t = shared(t)
					c.setVarType(v, t)
				}
			}
		}
		c.setType(&f.Type, t)
		c.info.Types[e] = f.Type
	case *ast.Subscript:
		if sl, ok := e.Slice.(*ast.Slice); ok {
			c.assignSlice(e, sl, t)
			return
		}
		ct := c.expr(e.Value)
		c.expr(e.Slice)
		if ct.Kind == List {
			c.sharedIfParam(e.Value)
			c.refine(e.Value, listOf(t))
			c.markRaises(target)
			return
		}
		if ct.Kind == Unknown && isParam(c.info, e.Value) {
			// A parameter's type comes from the calls: a list passed in
			// is not to be guessed a dict before they are seen.
			return
		}
		if ct.Kind == Dict || ct.Kind == Unknown {
			c.refine(e.Value, dictOf(c.info.TypeOf(e.Slice), t))
			return
		}
		if ct.Kind == Str || ct.Kind == Bytes || ct.Kind == Tuple || ct.Kind == TupleOf || ct.Kind == AnyTuple || ct.Kind == Range {
			c.markRaises(target) // rt.NoItemAssign: TypeError
			return
		}
		c.errorf(e.Pos, "unsupported: assignment to an item of %s", ct)
	default:
		c.errorf(target.Position(), "unsupported: assignment to this target")
	}
}

// delTarget checks one target of del: a dict key or a list index.
func (c *checker) delTarget(s *ast.Delete, target ast.Expr) {
	if n, ok := target.(*ast.Name); ok {
		c.delName(s, n)
		return
	}
	e, ok := target.(*ast.Subscript)
	if !ok {
		c.unsupported(s.Pos, "del-other")
		return
	}
	if sl, isSlice := e.Slice.(*ast.Slice); isSlice {
		c.delSlice(s, e, sl)
		return
	}
	ct := c.expr(e.Value)
	c.expr(e.Slice)
	switch ct.Kind {
	case Dict:
		c.fnRaises() // KeyError
	case List:
		if _, ok := e.Value.(*ast.Name); !ok {
			c.unsupported(s.Pos, "del-other")
			return
		}
		c.sharedIfParam(e.Value)
		c.fnRaises() // IndexError
	case Unknown:
	default:
		c.unsupported(s.Pos, "del")
	}
}

// hasStarred reports whether a target list has a *name.
func hasStarred(elts []ast.Expr) bool {
	for _, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

func exprElts(e ast.Expr) []ast.Expr {
	switch e := e.(type) {
	case *ast.Tuple:
		return e.Elts
	case *ast.List:
		return e.Elts
	}
	return nil
}

func (c *checker) setVarType(v *Var, t *Type) {
	c.setType(&v.Type, t)
}

func kindName(k VarKind) string {
	switch k {
	case FuncVar:
		return "function"
	case ClassVar:
		return "class"
	case ModuleVar:
		return "module"
	}
	return "built-in"
}

// supportedDunders are the special methods a plain class may define.
var supportedDunders = map[string]bool{"__init__": true, "__str__": true, "__repr__": true,
	"__enter__": true, "__exit__": true, "__aenter__": true, "__aexit__": true}

func (c *checker) plainClass(ci *ClassInfo) {
	for _, st := range ci.Def.Body {
		switch st := st.(type) {
		case *ast.FunctionDef:
			m := c.info.Funcs[st]
			if strings.HasPrefix(st.Name, "__") && !supportedDunders[st.Name] {
				c.errorf(st.Pos, "unsupported: the special method %s", st.Name)
			}
			if (st.Name == "__str__" || st.Name == "__repr__") && (m.MayRaise || m.Async) {
				c.errorf(st.Pos, "unsupported: %s that can raise", st.Name)
			}
			if m.Static && len(m.Params) > 0 && m.Params[0].Name == "self" {
				c.errorf(st.Pos, "unsupported: a static method with a self parameter")
			}
			if !m.Static && len(m.Params) == 0 {
				c.errorf(st.Pos, "unsupported: a method without self")
			}
			for _, d := range st.DecoratorList {
				if !isName(d, "staticmethod") && !isName(d, "property") && !isName(d, "classmethod") && !m.Setter {
					c.unsupported(d.Position(), "decorator")
				}
			}
			c.funcDef(st)
		case *ast.AnnAssign:
			if _, ok := st.Target.(*ast.Name); !ok {
				c.errorf(st.Pos, "unsupported: this statement in a class body")
			}
			if st.Value != nil {
				if f := ci.Field(st.Target.(*ast.Name).ID); f != nil && f.Default != st.Value {
					c.setType(&f.Type, c.expr(f.Default)) // field(default_factory=...)
				} else if !isConstant(st.Value) {
					c.errorf(st.Value.Position(), "unsupported: a field default that is not a constant")
				} else if f := ci.Field(st.Target.(*ast.Name).ID); f != nil {
					c.setType(&f.Type, c.expr(st.Value))
				}
			}
		case *ast.Assign:
			var a *Var
			if n, ok := st.Targets[0].(*ast.Name); ok && len(st.Targets) == 1 {
				a = ci.ownAttr(n.ID)
			}
			if a == nil {
				c.errorf(st.Pos, "unsupported: this statement in a class body")
				continue
			}
			if n, ok := st.Value.(*ast.Name); ok && n.ID == ci.Name {
				// The class is bound to its name only after its body ran.
				c.errorf(n.Pos, "name '%s' is not defined", n.ID)
				continue
			}
			t := c.expr(st.Value)
			if t.Kind == Class && t.Class != nil && t.Class.Plain {
				c.errorf(st.Value.Position(), "unsupported: a class as the value of a class attribute")
				continue
			}
			c.setType(&a.Type, t)
		case *ast.Pass:
		case *ast.ExprStmt:
			if k, ok := st.Value.(*ast.Constant); ok && k.Kind == ast.ConstStr {
				continue
			}
			c.errorf(st.Pos, "unsupported: this statement in a class body")
		default:
			c.errorf(st.Position(), "unsupported: this statement in a class body")
		}
	}
	if ci.Dataclass && ci.Init != nil {
		c.errorf(ci.Def.Pos, "unsupported: a dataclass with its own __init__")
	}
}

// isParam reports whether e names a parameter.
func isParam(info *Info, e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	v := info.Uses[n]
	return v != nil && v.Kind == Param
}
