-- The LLM engine names itself 'llm:<model id>', and model ids such as 'llama3.1:8b-instruct-q4_K_M' or
-- 'meta-llama/Meta-Llama-3.1-8B-Instruct' do not fit the 32 characters sized for 'embedded'.
alter table article alter column engine type varchar(200);
