"""Selects the sentences of data/eval/numbers-news-test.jsonl (see docs/numbers-news-test.md).

Run from the repository root: python3 scripts/numbers-news-test-select.py [OUT.json]
Prints "index article sentence" lines and writes the picks (with their text) to OUT.json.
The output holds BBC text: keep it out of the repository.
"""
import json,re,sys
used={json.loads(l)['id'].split('#')[0] for l in open('../shared/gold/numbers-dev.jsonl')}
arts=[json.loads(l) for l in open('../shared/corpora/bbc-news/bbc_news_2225.jsonl')]
NUMW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)s?\b'
ABBR={'Mr','Mrs','Ms','Dr','St','No','Jan','Feb','Mar','Apr','Jun','Jul','Aug','Sep','Sept','Oct','Nov','Dec','Prof','Gen','Sen','Rev','vs','Co','Inc','Ltd','Jr','Sr'}
def sentences(text):
    pos=0
    for para in text.split('\n'):
        start=pos; i=0; s=0; q=0
        while i<len(para):
            ch=para[i]
            if ch=='"': q^=1
            if ch in '.!?':
                j=i+1; qq=q
                while j<len(para) and para[j] in '"\')':
                    if para[j]=='"': qq^=1
                    j+=1
                # outside quotes: the usual end; inside an open quotation: only before a new opening quote
                ok=(qq==0 and j+1<len(para) and para[j]==' ' and (para[j+1].isupper() or para[j+1].isdigit() or para[j+1]=='"')) or \
                   (qq==1 and j+1<len(para) and para[j]==' ' and para[j+1]=='"')
                if ok:
                    w=re.search(r'(\w+)$',para[s:i]); w=w.group(1) if w else ''
                    if not (ch=='.' and (w in ABBR or (len(w)==1 and w.isupper()))):
                        yield start+s,start+j; s=j+1; i=j+1; q=0; continue
            i+=1
        if para[s:].strip(): yield start+s,start+len(para)
        pos+=len(para)+1
out=[]
for cat in ['business','entertainment','politics','sport','tech']:
    el=sorted([a for a in arts if a['id'].startswith(cat+'/') and a['id'] not in used and a.get('duplicate_of') is None],key=lambda a:a['id'])
    m=len(el)//30
    picked=el[::m]
    print(cat,len(el),m,len(picked),file=sys.stderr)
    got=0
    for a in picked:
        if got==30: break
        num=[(s,e) for s,e in sentences(a['text']) if re.search(r'\d',a['text'][s:e]) or re.search(NUMW,a['text'][s:e],re.I)]
        if not num: print('none',a['id'],file=sys.stderr); continue
        s,e=num[1] if len(num)>1 else num[0]
        got+=1
        out.append({'article':a['id'],'start':s,'end':e,'text':a['text'][s:e]})
json.dump(out,open(sys.argv[1] if len(sys.argv)>1 else '/dev/null','w'),indent=0)
for i,o in enumerate(out): print(i,o['article'],o['text'])
