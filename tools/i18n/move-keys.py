"""Moves each module's keys out of the root bundle (messages*.properties) into i18n/<module>*.properties.

Run from the project root: python3 tools/i18n/move-keys.py. Add a new i18n/<module> bundle to spring.messages.basename.

Owner of a key: the first rule below whose prefix the key starts with (longest, most specific rules first); a key
matching no rule stays in the root bundle. Sections keep their comment headers in both files.
"""
import os,re,sys

R='src/main/resources/'
ROOT='root'
RULES=[
 # platform-wide: kept in the root bundle
 ('nav.',ROOT),('layout.',ROOT),('error.',ROOT),('api.error.',ROOT),('validation.',ROOT),('typeMismatch',ROOT),
 ('pager.',ROOT),('filter.',ROOT),('csv.norm','infographics'),('dataset.norms','infographics'),('csv.',ROOT),('download.',ROOT),('action.',ROOT),('form.',ROOT),
 ('field.description',ROOT),('field.slug',ROOT),('mail.outbox.',ROOT),('table.',ROOT),('role.',ROOT),
 ('scope.group',  'identity'),('scope.',ROOT),('actor.',ROOT),('kit.error.',ROOT),('kit.adaptedFrom',ROOT),
 ('intake.',ROOT),
 ('chart.call','cocreation'),('chart.challenge','challenge'),('chart.commitment','actionplan'),
 ('chart.exercise','actionplan'),('chart.plan','actionplan'),('chart.feedback','feedback'),
 ('chart.requests','accessinfo'),('chart.',ROOT),
 ('card.call','cocreation'),('card.challenge','challenge'),('card.commitment','actionplan'),('card.plan','actionplan'),
 ('card.norm','infographics'),('card.requests','accessinfo'),
 # the portal: home, administrators' start page, site search
 ('home.now.calls','cocreation'),('home.now.challenges','challenge'),('home.now.session','secretariat'),
 ('home.now.commitments','actionplan'),('home.now.requests','accessinfo'),('home.noJurisdictions','portal'),
 ('home.','portal'),
 ('admin.accounts.search','identity'),('admin.accounts.q','identity'),('admin.accounts.role','identity'),
 ('admin.accounts.anyRole','identity'),('admin.accounts.state','identity'),('admin.accounts.anyState','identity'),
 ('admin.accounts.enabled','identity'),('admin.accounts.disabled','identity'),('admin.accounts.find','identity'),
 ('admin.accounts.clear','identity'),('admin.accounts.count','identity'),('admin.accounts.caption','identity'),
 ('admin.accounts.noRoles','identity'),('admin.','portal'),
 ('search.commitments','actionplan'),('search.institutions','jurisdiction'),('search.proposals','cocreation'),
 ('search.requests','accessinfo'),('search.more','accessinfo'),('search.','portal'),
 # ledger: each module's entry types and subjects go with the module
 ('ledger.type.ledger.','ledger'),('ledger.kind.ledger','ledger'),
 ('ledger.type.jurisdiction.','jurisdiction'),('ledger.type.institution.','jurisdiction'),
 ('ledger.kind.jurisdiction','jurisdiction'),('ledger.kind.institution','jurisdiction'),
 ('ledger.type.body.','secretariat'),('ledger.type.member.','secretariat'),('ledger.type.session.','secretariat'),
 ('ledger.type.agreement.','secretariat'),('ledger.type.minutes.','secretariat'),('ledger.kind.body','secretariat'),
 ('ledger.kind.session','secretariat'),
 ('ledger.type.exercise.','actionplan'),('ledger.type.plan.','actionplan'),('ledger.type.commitment.','actionplan'),
 ('ledger.type.milestone.','actionplan'),('ledger.type.evidence.','actionplan'),
 ('ledger.type.assessment.','actionplan'),('ledger.kind.exercise','actionplan'),('ledger.kind.plan','actionplan'),
 ('ledger.kind.commitment','actionplan'),
 ('ledger.type.norm.','infographics'),('ledger.kind.norm','infographics'),
 ('ledger.','ledger'),
 ('dataset.jurisdictions','jurisdiction'),('dataset.institutions','jurisdiction'),('dataset.history','ledger'),
 ('dataset.glossary','plainlanguage'),('dataset.bodies','secretariat'),('dataset.members','secretariat'),
 ('dataset.sessions','secretariat'),('dataset.commitments','actionplan'),('dataset.exercises','actionplan'),
 ('data.','opendata'),('opendata.','opendata'),
 # identity
 ('account.','identity'),('membership.','identity'),('twoStep.','identity'),('audit.','identity'),
 ('signIn.','identity'),('signUp.','identity'),('password.','identity'),('forgot.','identity'),('reset.','identity'),
 ('confirm.','identity'),('field.','identity'),('mail.reset','identity'),('mail.signUp','identity'),
 ('sector.','identity'),
 # jurisdiction (the guarantors' bundle is its own), deadlines (i18n/calendar)
 ('institution.commitments','actionplan'),('institution.contracting','contracting'),
 ('institution.feedback','feedback'),('institution.requests','accessinfo'),
 ('institution.','jurisdiction'),('jurisdiction.','jurisdiction'),
 ('calendar.','calendar'),
 # secretariat
 ('body.','secretariat'),('member.','secretariat'),('session.','secretariat'),('agreement.','secretariat'),
 ('minutes.','secretariat'),('vote.','secretariat'),('secretariat.','secretariat'),
 # plain language
 ('plain.','plainlanguage'),('glossary.','plainlanguage'),
 # infographics: citizen versions of norms, trípticos
 ('norm.','infographics'),('triptico.','infographics'),('infographics.','infographics'),
 # action plans
 ('exercise.','actionplan'),('phase.','actionplan'),('plan.','actionplan'),('commitment.','actionplan'),
 ('milestone.','actionplan'),('progress.','actionplan'),('completion.','actionplan'),('check.','actionplan'),
 ('theme.','actionplan'),('ogp.','actionplan'),('evidence.','actionplan'),('assessment.','actionplan'),
 ('opened.','actionplan'),('follow.','actionplan'),('feed.','actionplan'),('kit.','actionplan'),
 ('mail.follow','actionplan'),('mail.reminder','actionplan'),('licence.','actionplan'),('actionplan.','actionplan'),
 ('accessinfo.','accessinfo'),('archives.','archives'),('budget.','budget'),('contracting.','contracting'),
]
def load(path):
    import re
    d={}
    lines=open(path,encoding='utf-8').read().split('\n'); i=0
    while i<len(lines):
        l=lines[i].lstrip()
        if not l or l.startswith(('#','!')): i+=1; continue
        text=l
        while re.search(r'(?<!\\)(\\\\)*\\$',text) and i+1<len(lines):
            text=text[:-1]+lines[i+1].lstrip(); i+=1
        k,v=re.split(r'\s*(?<!\\)[=:]\s*',text,1)
        assert k not in d,(path,k); d[k]=v; i+=1
    return d
def union():
    """Every key and value of every bundle in spring.messages.basename, per language; no key in two bundles, es = en."""
    names=[n.strip() for n in load(R+'application.properties')['spring.messages.basename'].split(',')]
    names+=['i18n/'+d for d in sorted({m for _,m in RULES if m!=ROOT}) if 'i18n/'+d not in names]
    result={}
    for suffix in ('','_en'):
        u={}
        for n in names:
            if not os.path.exists(R+n+suffix+'.properties'): continue
            for k,v in load(R+n+suffix+'.properties').items():
                assert k not in u,('in two bundles',k,n); u[k]=v
            assert set(load(R+n+'.properties'))==set(load(R+n+'_en.properties')),n
        result[suffix]=u
    return result

def owner(key):
    for p,m in RULES:
        if key.startswith(p):
            return m
    return ROOT

def entries(lines):
    """Logical lines: (kind, text) with kind 'c' comment, 'b' blank, 'k' key (with its continuation lines)."""
    out=[];i=0
    while i<len(lines):
        l=lines[i]
        if not l.strip(): out.append(('b',l,None)); i+=1; continue
        if l.lstrip().startswith(('#','!')): out.append(('c',l,None)); i+=1; continue
        text=l; 
        while re.search(r'(?<!\\)(\\\\)*\\$',lines[i]) and i+1<len(lines):
            i+=1; text+='\n'+lines[i]
        key=re.split(r'(?<!\\)[=:]',l,1)[0].strip()
        out.append(('k',text,key)); i+=1
    return out

def sections(es):
    """Sections: a run of comment lines and the entries after it up to the next comment after a key."""
    secs=[];cur={'head':[],'body':[]}
    for e in es:
        if e[0]=='c' and any(x[0]=='k' for x in cur['body']):
            secs.append(cur); cur={'head':[],'body':[]}
        if e[0]=='c' and not cur['body']: cur['head'].append(e)
        elif e[0]=='b' and not cur['body']: cur['head'].append(e)
        else: cur['body'].append(e)
    secs.append(cur); return secs

def split(suffix):
    src=open(R+'messages'+suffix+'.properties',encoding='utf-8').read().split('\n')
    if src and src[-1]=='': src=src[:-1]
    secs=sections(entries(src))
    root=[];moved={}
    for n,s in enumerate(secs):
        keys=[e for e in s['body'] if e[0]=='k']
        dests=[]
        for e in keys:
            d=owner(e[2])
            if d not in dests: dests.append(d)
        if n==0 or ROOT in dests or not keys:
            root+= [e[1] for e in s['head']]
            # keep blanks/comments inside the body of the root part, keys that stay
            root+= [e[1] for e in s['body'] if e[0]!='k' or owner(e[2])==ROOT]
        for d in dests:
            if d==ROOT: continue
            # the section's comment describes its first keys: it goes along only with them
            block=[e[1] for e in s['head'] if e[0]=='c'][(1 if n==0 else 0):] if owner(keys[0][2])==d else []
            block+=[e[1] for e in s['body'] if e[0]=='k' and owner(e[2])==d]
            moved.setdefault(d,[]).append(block)
    # squeeze runs of blank lines
    text=re.sub(r'\n{3,}','\n\n','\n'.join(root)).rstrip('\n')+'\n'
    open(R+'messages'+suffix+'.properties','w',encoding='utf-8').write(text)
    for d,blocks in moved.items():
        path=R+'i18n/'+d+suffix+'.properties'
        if os.path.exists(path):
            old=open(path,encoding='utf-8').read().rstrip('\n')+'\n'
        else:
            old='# Messages of the %s module (%s).\n' % (d, 'English' if suffix else 'Spanish, es-MX')
        body='\n\n'.join('\n'.join(b) for b in blocks)
        open(path,'w',encoding='utf-8').write(old+'\n'+body+'\n')
    return sorted(moved)

if __name__=='__main__':
    before=union()
    a=split(''); b=split('_en'); assert a==b,(a,b)
    assert union()==before,'a key or a value changed'
    print('moved into i18n/:',' '.join(a),'- every key and value as before')
